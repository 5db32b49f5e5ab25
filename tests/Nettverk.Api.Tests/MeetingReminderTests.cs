using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>Reminders are sent once each, follow a moved meeting, and stop with a cancelled one.</summary>
public sealed class MeetingReminderTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    [Fact]
    public async Task RemindersAndChasers_GoOutOnce_FollowTheMeetingWhenItMoves_AndStopWhenItIsCancelled()
    {
        var network = await app.NetworkAsync();
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var meeting = (await (await secretariat.PostAsync($"/api/bodies/{network}/meetings", new
        {
            title = "Vårmøte", startsAt = "2027-05-12T12:00:00", endsAt = "2027-05-12T14:00:00", format = "Digital",
            videoUrl = "https://meet.example.org/j/1",
        })).ShouldBe(HttpStatusCode.Created))!["id"]!.GetValue<string>();
        await (await secretariat.PostAsync($"/api/meetings/{meeting}/call")).ShouldBe(HttpStatusCode.OK);
        using var seatHolder = await app.SignInAsync(DemoIds.SeatHolder);
        await (await seatHolder.PostAsync($"/api/meetings/{meeting}/answer", new { answer = "Accepted" })).ShouldBe(HttpStatusCode.OK);
        var calledAt = await app.WithDbAsync(db => db.Meetings.Where(m => m.Id == Guid.Parse(meeting)).Select(m => m.CalledAt!.Value).SingleAsync());
        var start = new DateTime(2027, 5, 12, 10, 0, 0, DateTimeKind.Utc);

        (await RunAsync(calledAt.AddDays(3).AddMinutes(1))).Should().Be(9, "the chaser goes to the nine who have not answered");
        (await RunAsync(calledAt.AddDays(3).AddMinutes(30))).Should().Be(0);

        var runs = await Task.WhenAll(RunAsync(start.AddDays(-7).AddMinutes(1)), RunAsync(start.AddDays(-7).AddMinutes(1)));
        runs.Sum().Should().Be(10, "two runs at once send each reminder once: ten invitees, one of them accepted");
        (await RunAsync(start.AddDays(-7).AddHours(5))).Should().Be(0);
        (await CountAsync("meeting-reminder")).Should().Be(10);
        (await CountAsync("meeting-rsvpchaser")).Should().Be(9);

        // Moved a week on: the reminders are due again at the new times.
        await (await secretariat.PutAsync($"/api/meetings/{meeting}", new
        {
            title = "Vårmøte", startsAt = "2027-05-19T12:00:00", endsAt = "2027-05-19T14:00:00", format = "Digital",
            videoUrl = "https://meet.example.org/j/1", isOpen = false,
        })).ShouldBe(HttpStatusCode.OK);
        (await RunAsync(start.AddDays(-7).AddHours(6))).Should().Be(0, "the old due time is gone with the old date");
        (await RunAsync(start.AddMinutes(1))).Should().Be(10, "a week before the new date");

        // Cancelled: nothing more.
        await (await secretariat.PostAsync($"/api/meetings/{meeting}/cancel", new { reason = "Flyttet til høsten." })).ShouldBe(HttpStatusCode.OK);
        (await RunAsync(start.AddDays(6).AddMinutes(1))).Should().Be(0);
        (await CountAsync("meeting-reminder")).Should().Be(20);
        var reminder = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind == "meeting-reminder").OrderBy(m => m.CreatedAt).FirstAsync());
        reminder.CalendarBody.Should().Contain("METHOD:REQUEST", "a reminder carries the .ics");
        reminder.TextBody.Should().Contain("Påminnelse");
    }

    async Task<int> RunAsync(DateTime nowUtc)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MeetingReminders>().SendDueAsync(nowUtc, CancellationToken.None);
    }

    Task<int> CountAsync(string kind) => app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == kind));
}
