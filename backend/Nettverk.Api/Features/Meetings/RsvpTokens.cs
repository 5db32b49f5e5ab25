using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Nettverk.Api.Features.Meetings;

/// <summary>The token in a one-click answer link: names one invitation (so one person and one meeting), is signed and
/// encrypted with the app's Data Protection keys (kept in the database, so links survive restarts) and is good for this
/// purpose only. It carries no expiry of its own: a link lives until the meeting as it now stands is over, plus
/// <see cref="Grace"/>, so moving a meeting later keeps the links already sent working.</summary>
public sealed class RsvpTokens(IDataProtectionProvider provider, TimeProvider clock)
{
    /// <summary>How long after the meeting's end its links still open (to see the answer given; answering is refused).</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromDays(1);

    readonly IDataProtector protector = provider.CreateProtector("Nettverk.Meetings.Rsvp.v2");

    // Links sent before v2 were protected by ToTimeLimitedDataProtector(), which froze the meeting's end at the time of
    // writing. We read them through the same purpose chain it uses and its payload layout (8 bytes of expiry ticks,
    // big-endian, then the text), so the expiry is judged by our clock and a moved meeting's old links keep working.
    readonly IDataProtector legacy = provider.CreateProtector("Nettverk.Meetings.Rsvp.v1",
        "Microsoft.AspNetCore.DataProtection.TimeLimitedDataProtector.v1");

    /// <summary>A token for the invitation. <paramref name="meetingEndsUtc"/> is not embedded any more (the expiry is
    /// read from the meeting on use); the parameter stays so callers need not change.</summary>
    public string Create(Guid invitationId, DateTime meetingEndsUtc) => protector.Protect(invitationId.ToString("N"));

    /// <summary>What the token names, if it is ours; whether it is still live depends on the meeting (<see cref="IsLive"/>).</summary>
    public RsvpToken? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000) return null;
        try
        {
            return Guid.TryParseExact(protector.Unprotect(token), "N", out var id) ? new RsvpToken(id, null) : null;
        }
        catch (CryptographicException)
        {
            return ReadLegacy(token);
        }
    }

    /// <summary>Live until the meeting's current end + <see cref="Grace"/>; a pre-v2 token also until the expiry it
    /// carries, whichever is later (it was promised that long when sent, and a meeting moved earlier must not cut it).</summary>
    public bool IsLive(RsvpToken token, DateTime meetingEndsUtc)
    {
        var until = meetingEndsUtc + Grace;
        if (token.EmbeddedExpiryUtc is { } embedded && embedded > until) until = embedded;
        return clock.GetUtcNow().UtcDateTime < until;
    }

    RsvpToken? ReadLegacy(string token)
    {
        try
        {
            var bytes = legacy.Unprotect(WebEncoders.Base64UrlDecode(token));
            if (bytes.Length < 8) return null;
            var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes);
            if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks) return null;
            return Guid.TryParseExact(Encoding.UTF8.GetString(bytes, 8, bytes.Length - 8), "N", out var id)
                ? new RsvpToken(id, new DateTime(ticks, DateTimeKind.Utc)) : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }
}

/// <summary>A token that was ours: the invitation it names and, for a pre-v2 link, the expiry it was written with.</summary>
public sealed record RsvpToken(Guid InvitationId, DateTime? EmbeddedExpiryUtc);
