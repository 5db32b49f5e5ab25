using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;

namespace Nettverk.Api.Features.Accounts;

/// <summary>The session cookie's format, remembering what each cookie value decrypted to. Decrypting and checking a
/// cookie (a key derivation, AES and an HMAC) was the largest cost of a signed-in read; the same bytes always give the
/// same result, and a value is only known to whoever holds that very cookie. Expiry is still checked by the cookie
/// handler on every request, and the session behind it by <see cref="DbTicketStore"/>.</summary>
public sealed class CachedTicketFormat(ISecureDataFormat<AuthenticationTicket> inner) : ISecureDataFormat<AuthenticationTicket>
{
    static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);
    readonly MemoryCache decrypted = new(new MemoryCacheOptions { SizeLimit = 16 * 1024 * 1024 });

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null) return null;
        var key = (protectedText, purpose);
        // The bytes are kept, not the ticket: the handler changes the ticket it is given.
        if (decrypted.TryGetValue(key, out byte[]? bytes)) return TicketSerializer.Default.Deserialize(bytes!);
        var ticket = inner.Unprotect(protectedText, purpose);
        if (ticket is null) return null; // a refusal is not remembered: it costs the sender, not us
        bytes = TicketSerializer.Default.Serialize(ticket);
        decrypted.Set(key, bytes, new MemoryCacheEntryOptions { Size = bytes.Length + 2L * protectedText.Length, AbsoluteExpirationRelativeToNow = MaxAge });
        return ticket;
    }
}
