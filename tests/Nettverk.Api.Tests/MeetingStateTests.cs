using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>The status every read shows: Held is derived from the clock when a meeting's end has passed (never stored,
/// so it cannot go stale), Cancelled stays Cancelled. The clock is the test's, moved past the meeting's end.</summary>
public sealed class MeetingStateTests : IDisposable
{
    // 1 June 2027; the test meetings are on 10 June, 12.00–14.00 Oslo time (10.00–12.00 UTC, summer time).
    readonly FakeTimeProvider clock = new(new DateTimeOffset(2027, 6, 1, 8, 0, 0, TimeSpan.Zero));
    readonly ClockedApp app;

    public MeetingStateTests() => app = new ClockedApp(clock);

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task ACalledMeeting_ReadsAsHeld_OnEveryReadOnceItsEndHasPassed()
    {
        var network = await app.NetworkAsync();
        var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var member = await app.SignInAsync(DemoIds.SeatHolder);
        var id = await CreateAsync(secretariat, network, call: true);
        (await StatusAsync(secretariat, id)).Should().Be("Called");
        (await MyMeetingStatusAsync(member, id)).Should().Be("Called");

        // A minute before the end it is still called; at the end it is held, in the details, the body's list and my list.
        // (Nine days on, the sessions have expired: sign in again.)
        clock.SetUtcNow(new DateTimeOffset(2027, 6, 10, 11, 59, 0, TimeSpan.Zero));
        secretariat.Dispose();
        member.Dispose();
        using var secretariatLater = secretariat = await app.SignInAsync(DemoIds.Secretariat);
        using var memberLater = member = await app.SignInAsync(DemoIds.SeatHolder);
        (await StatusAsync(secretariat, id)).Should().Be("Called");
        clock.SetUtcNow(new DateTimeOffset(2027, 6, 10, 12, 0, 0, TimeSpan.Zero));
        (await StatusAsync(secretariat, id)).Should().Be("Held");
        (await StatusAsync(member, id)).Should().Be("Held");
        var listed = await secretariat.GetItemsAsync($"/api/bodies/{network}/meetings?year=2027");
        listed.Single(m => m!["id"]!.GetValue<string>() == id.ToString())!["status"]!.GetValue<string>().Should().Be("Held");
        (await MyMeetingStatusAsync(member, id)).Should().Be("Held");

        // The demo's 2021 meeting, called and long over, is held as well.
        (await StatusAsync(secretariat, await app.FirstMeetingAsync())).Should().Be("Held");
    }

    [Fact]
    public async Task ACancelledMeeting_StaysCancelled_AfterItsEnd()
    {
        var network = await app.NetworkAsync();
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var id = await CreateAsync(secretariat, network, call: true);
        await (await secretariat.PostAsync($"/api/meetings/{id}/cancel", new { reason = "For få påmeldte" })).ShouldBe(HttpStatusCode.OK);
        clock.SetUtcNow(new DateTimeOffset(2027, 6, 11, 8, 0, 0, TimeSpan.Zero));
        using var later = await app.SignInAsync(DemoIds.Secretariat);
        (await StatusAsync(later, id)).Should().Be("Cancelled");
    }

    /// <summary>Never called, and over: held, since nothing can be done with it but its minutes (calling is refused).</summary>
    [Fact]
    public async Task APlannedMeetingThatEndsUncalled_ReadsAsHeld_AndCanNoLongerBeCalled()
    {
        var network = await app.NetworkAsync();
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var id = await CreateAsync(secretariat, network, call: false);
        var planned = await secretariat.GetNodeAsync($"/api/meetings/{id}");
        planned["status"]!.GetValue<string>().Should().Be("Planned");
        planned["toInvite"]!.GetValue<int>().Should().Be(10, "the network's ten seats, each with a representative");
        clock.SetUtcNow(new DateTimeOffset(2027, 6, 10, 13, 0, 0, TimeSpan.Zero));
        using var later = await app.SignInAsync(DemoIds.Secretariat);
        (await StatusAsync(later, id)).Should().Be("Held");
        await (await later.PostAsync($"/api/meetings/{id}/call")).ShouldBeProblem(HttpStatusCode.Conflict, code: "meeting_past");
    }

    [Fact]
    public async Task AnAgendaChangedAfterCalling_IsFlaggedToTheSecretariat_UntilTheUpdateIsSent()
    {
        var network = await app.NetworkAsync();
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        using var member = await app.SignInAsync(DemoIds.SeatHolder);
        var id = await CreateAsync(secretariat, network, call: true);
        (await secretariat.GetNodeAsync($"/api/meetings/{id}"))["agendaChanged"]!.GetValue<bool>().Should().BeFalse();

        var item = new { title = "Kompetansebehov i regionen", kind = "Discussion", durationMinutes = 30 };
        var edited = (await (await secretariat.PostAsync($"/api/meetings/{id}/agenda-items", item)).ShouldBe(HttpStatusCode.OK))!;
        edited["agendaChanged"]!.GetValue<bool>().Should().BeTrue();
        (await member.GetNodeAsync($"/api/meetings/{id}"))["agendaChanged"]!.GetValue<bool>().Should().BeFalse("only the secretariat sends it");

        var sent = (await (await secretariat.PostAsync($"/api/meetings/{id}/call")).ShouldBe(HttpStatusCode.OK))!;
        sent["agendaChanged"]!.GetValue<bool>().Should().BeFalse();
    }

    static async Task<Guid> CreateAsync(ApiClient secretariat, Guid network, bool call)
    {
        var meeting = new
        {
            title = "Arbeidsmøte", startsAt = "2027-06-10T12:00:00", endsAt = "2027-06-10T14:00:00", format = "Digital",
            videoUrl = "https://meet.example.org/nvk-juni", isOpen = false,
        };
        var created = (await (await secretariat.PostAsync($"/api/bodies/{network}/meetings", meeting)).ShouldBe(HttpStatusCode.Created))!;
        var id = Guid.Parse(created["id"]!.GetValue<string>());
        if (call) await (await secretariat.PostAsync($"/api/meetings/{id}/call")).ShouldBe(HttpStatusCode.OK);
        return id;
    }

    static async Task<string> StatusAsync(ApiClient client, Guid id) =>
        (await client.GetNodeAsync($"/api/meetings/{id}"))["status"]!.GetValue<string>();

    static async Task<string> MyMeetingStatusAsync(ApiClient client, Guid id) =>
        (await client.GetItemsAsync("/api/me/meetings")).Single(m => m!["id"]!.GetValue<string>() == id.ToString())!["status"]!.GetValue<string>();

    /// <summary>The app with the test's clock in place of the system's.</summary>
    sealed class ClockedApp(TimeProvider clock) : NettverkApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}
