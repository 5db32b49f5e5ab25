using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Common;

/// <summary>One bounded in-memory cache whose entries hold only while no write has been committed since they were read
/// (<see cref="DataVersion"/>) and for at most their age limit (answers that depend on the clock: "held", "due").
/// Callers take the version with <see cref="Version"/> <i>before</i> they read the database and store under it.</summary>
public sealed class VersionedCache(DataVersion version, TimeProvider clock, IOptions<ReadCacheOptions> options)
{
    readonly MemoryCache cache = new(new MemoryCacheOptions
    {
        SizeLimit = options.Value.SizeLimitMegabytes * 1024 * 1024,
        CompactionPercentage = 0.25,
    });

    public long Version => version.Current;

    public bool TryGet<T>(object key, out T value)
    {
        if (cache.TryGetValue(key, out Entry<T>? entry) && entry!.Version == version.Current && entry.ExpiresAt > clock.GetUtcNow())
        {
            value = entry.Value;
            return true;
        }
        value = default!;
        return false;
    }

    /// <summary>Stores <paramref name="value"/> as read under <paramref name="readVersion"/>; <paramref name="size"/> in bytes.</summary>
    public void Set<T>(object key, long readVersion, T value, long size, TimeSpan maxAge)
    {
        if (readVersion != version.Current) return; // a write came in while it was read: it may already be stale
        cache.Set(key, new Entry<T>(readVersion, clock.GetUtcNow() + maxAge, value), new MemoryCacheEntryOptions
        {
            Size = size + 200, // the entry's own bookkeeping
            // Two clocks on purpose: ExpiresAt answers to the app's TimeProvider (what "held" and "due" are read by, and
            // what tests move), this one lets the memory go on the machine's clock.
            AbsoluteExpirationRelativeToNow = maxAge,
        });
    }

    public void Remove(object key) => cache.Remove(key);

    sealed record Entry<T>(long Version, DateTimeOffset ExpiresAt, T Value);
}
