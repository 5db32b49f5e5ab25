using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nettverk.Api.Common;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Accounts;

/// <summary>A signed-in session. The cookie carries only a random key; the ticket lives here, so signing out, a password
/// reset or an administrator can end a session for real: a cookie replayed afterwards finds no row and is not signed in.
/// (A cookie that holds the whole ticket stays valid until it expires, whatever the server does; checking the security
/// stamp alone would end every session of the person on each sign-out, not just this one.)</summary>
public sealed class UserSession
{
    /// <summary>SHA-256 of the cookie's key, so a copy of the table does not sign anyone in.</summary>
    public string Id { get; set; } = "";
    public Guid UserId { get; set; }
    public byte[] Ticket { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
}

public sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.ToTable("UserSessions");
        builder.Property(s => s.Id).HasMaxLength(64);
        builder.HasIndex(s => s.UserId);
        builder.HasIndex(s => s.ExpiresAt);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The cookie handler's session store on the database. Its own scope per call: the request's DbContext may hold
/// a handler's unsaved changes, which a session write must not save.</summary>
public sealed class DbTicketStore(IServiceScopeFactory scopes, TimeProvider clock, VersionedCache cache) : ITicketStore
{
    static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(12);
    /// <summary>A session read is kept in memory until the next write (signing out and ending sessions are writes).</summary>
    static readonly TimeSpan MaxCacheAge = TimeSpan.FromMinutes(1);

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var userId = Guid.Parse(ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NettverkDbContext>();
        // A person's expired sessions go when they sign in again; nothing else needs to sweep the table.
        await db.Set<UserSession>().Where(s => s.UserId == userId && s.ExpiresAt < now).ExecuteDeleteAsync();
        db.Set<UserSession>().Add(new UserSession
        {
            Id = Hash(key), UserId = userId, Ticket = TicketSerializer.Default.Serialize(ticket), CreatedAt = now, ExpiresAt = Expiry(ticket, now),
        });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NettverkDbContext>();
        var ticketBytes = TicketSerializer.Default.Serialize(ticket);
        var expires = Expiry(ticket, now);
        await db.Set<UserSession>().Where(s => s.Id == Hash(key))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Ticket, ticketBytes).SetProperty(s => s.ExpiresAt, expires));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var id = Hash(key);
        // The bytes, not the ticket, are kept: the cookie handler changes the ticket it is given (sliding expiry).
        if (cache.TryGet(new SessionKey(id), out CachedSession cached) && cached.ExpiresAt > now)
            return TicketSerializer.Default.Deserialize(cached.Ticket);
        var version = cache.Version;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NettverkDbContext>();
        var row = await db.Set<UserSession>().AsNoTracking().Where(s => s.Id == id && s.ExpiresAt > now)
            .Select(s => new CachedSession(s.Ticket, s.ExpiresAt)).FirstOrDefaultAsync();
        if (row is null) return null;
        cache.Set(new SessionKey(id), version, row, row.Ticket.Length, MaxCacheAge);
        return TicketSerializer.Default.Deserialize(row.Ticket);
    }

    sealed record SessionKey(string Id);

    sealed record CachedSession(byte[] Ticket, DateTime ExpiresAt);

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NettverkDbContext>();
        await db.Set<UserSession>().Where(s => s.Id == Hash(key)).ExecuteDeleteAsync();
    }

    /// <summary>Ends every session of the person (password reset, an administrator's order).</summary>
    public static Task<int> EndAllAsync(NettverkDbContext db, Guid userId, CancellationToken ct) =>
        db.Set<UserSession>().Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);

    static DateTime Expiry(AuthenticationTicket ticket, DateTime now) =>
        ticket.Properties.ExpiresUtc?.UtcDateTime ?? now + DefaultLifetime;

    static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}

/// <summary>Gives the cookie options the store from the container (the options are built before the scope exists), and the
/// cookie format that remembers what it decrypted.</summary>
public sealed class SessionStoreSetup(DbTicketStore store) : Microsoft.Extensions.Options.IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name != Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme) return;
        options.SessionStore = store;
        // Runs after the cookie handler's own post-configuration, which sets the data-protected format wrapped here.
        if (options.TicketDataFormat is not CachedTicketFormat) options.TicketDataFormat = new CachedTicketFormat(options.TicketDataFormat);
    }
}
