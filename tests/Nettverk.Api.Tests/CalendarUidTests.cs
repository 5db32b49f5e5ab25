using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>A meeting keeps the UID it was sent with: meetings called before UIDs were stored get it at the upgrade,
/// and a later change of Mail:MessageIdDomain changes no stored UID. Replies are matched by the stored one.</summary>
public sealed class CalendarUidTests
{
    [Fact]
    public async Task AMeetingCalledBeforeTheUpgrade_KeepsItsUid_WhenTheDomainChangesLater()
    {
        var folder = Path.Combine(Path.GetTempPath(), "nettverk-tests", Guid.NewGuid().ToString("N"));
        try
        {
            Guid meetingId;
            using (var before = NettverkApp.OnFolder(folder).With("Mail:MessageIdDomain", "gammel.example.org"))
            {
                meetingId = await before.FirstMeetingAsync();
                // As a database from before this change: a called meeting without a stored UID.
                await before.WithDbAsync(db => db.Meetings.Where(m => m.Id == meetingId).ExecuteUpdateAsync(s => s.SetProperty(m => m.CalendarUid, (string?)null)));
            }
            using (var upgraded = NettverkApp.OnFolder(folder).With("Mail:MessageIdDomain", "gammel.example.org"))
                (await UidAsync(upgraded, meetingId)).Should().Be($"meeting-{meetingId:N}@gammel.example.org", "the start-up fills it from the domain it was sent with");
            using var later = NettverkApp.OnFolder(folder).With("Mail:MessageIdDomain", "ny.example.org");
            (await UidAsync(later, meetingId)).Should().Be($"meeting-{meetingId:N}@gammel.example.org", "a stored UID never changes");
            await later.WithScopeAsync(async sp =>
            {
                var replies = sp.GetRequiredService<CalendarReplies>();
                (await replies.FindMeetingAsync($"meeting-{meetingId:N}@gammel.example.org", CancellationToken.None))!.Id.Should().Be(meetingId);
                (await replies.FindMeetingAsync($"meeting-{meetingId:N}@ny.example.org", CancellationToken.None)).Should().BeNull();
            });
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    static Task<string?> UidAsync(NettverkApp app, Guid id) =>
        app.WithDbAsync(db => db.Meetings.Where(m => m.Id == id).Select(m => m.CalendarUid).SingleAsync());
}
