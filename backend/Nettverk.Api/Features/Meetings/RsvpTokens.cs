using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Nettverk.Api.Features.Meetings;

/// <summary>The token in a one-click answer link: names one invitation (so one person and one meeting), is signed and
/// encrypted with the app's Data Protection keys (kept in the database, so links survive restarts), is good for this
/// purpose only, and expires a day after the meeting.</summary>
public sealed class RsvpTokens(IDataProtectionProvider provider)
{
    readonly ITimeLimitedDataProtector protector =
        provider.CreateProtector("Nettverk.Meetings.Rsvp.v1").ToTimeLimitedDataProtector();

    public string Create(Guid invitationId, DateTime meetingEndsUtc) =>
        protector.Protect(invitationId.ToString("N"), new DateTimeOffset(meetingEndsUtc.AddDays(1), TimeSpan.Zero));

    public Guid? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000) return null;
        try
        {
            return Guid.TryParseExact(protector.Unprotect(token), "N", out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
