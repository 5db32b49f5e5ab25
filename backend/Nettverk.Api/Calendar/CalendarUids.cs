using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Calendar;

/// <summary>A meeting's UID is fixed when it is first called and stored with it (<see cref="Meeting.CalendarUid"/>), so
/// no later setting changes the UID of an entry already in people's calendars.</summary>
public static class CalendarUids
{
    /// <summary>The form every UID has had: the meeting's id at the Message-ID domain configured when it was fixed.</summary>
    public static string For(Guid meetingId, string domain) => $"meeting-{meetingId:N}@{domain}";

    /// <summary>At start-up: meetings called before UIDs were stored get the UID they were sent with, built from the
    /// domain configured now (at the upgrade, the one they were sent with). Once stored, it never changes.</summary>
    public static async Task FixCalendarUidsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NettverkDbContext>();
        var domain = scope.ServiceProvider.GetRequiredService<IOptions<MailOptions>>().Value.MessageIdDomain;
        await BackfillAsync(db, domain, CancellationToken.None);
    }

    public static async Task<int> BackfillAsync(NettverkDbContext db, string domain, CancellationToken ct)
    {
        var meetings = await db.Meetings.Where(m => m.CalendarUid == null && m.Status != MeetingStatus.Planned).ToListAsync(ct);
        foreach (var meeting in meetings) meeting.FixCalendarUid(domain);
        if (meetings.Count > 0) await db.SaveChangesAsync(ct);
        return meetings.Count;
    }
}
