using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Registrations;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>The app on a clock the tests move; the per-client limits loosened (one test address makes every request),
/// the per-address limit as configured (5 an hour).</summary>
public sealed class RegistrationApp : NettverkApp
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 6, 1, 8, 0, 0, TimeSpan.Zero));

    public RegistrationApp()
    {
        foreach (var policy in new[] { "PublicRegistration", "RegistrationLinks" })
        {
            With($"RateLimiting:{policy}:PerClient:PermitLimit", "100000");
            With($"RateLimiting:{policy}:PerClient:WindowSeconds", "60");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>Registration for open meetings over HTTP: capacity and the waiting list (the 81st of 80 waits and moves up
/// with an invitation when someone cancels), a race for the last seat, unconfirmed registrations holding nothing and
/// expiring, the per-address limit, closing, bad input, and the secretariat's list that nobody else sees. Each test works
/// on a meeting of its own, months ahead of the clock, so the order they run in does not matter.</summary>
public sealed class RegistrationTests(RegistrationApp app) : IClassFixture<RegistrationApp>
{
    static int meetingCount;

    async Task<Guid> OpenMeetingAsync(int capacity, DateTime? startsAtLocal = null)
    {
        var network = await app.NetworkAsync();
        var start = startsAtLocal ?? new DateTime(2027, 9, 1, 10, 0, 0).AddDays(Interlocked.Increment(ref meetingCount));
        var id = await app.WithDbAsync(async db =>
        {
            var meeting = new Meeting(network, "Åpent nettverksmøte", start, start.AddHours(5), MeetingFormat.Physical, "Fylkeshuset, Skien", null, isOpen: true);
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        await (await secretariat.PutAsync($"/api/meetings/{id}/registration-settings", new { capacity })).ShouldBe(HttpStatusCode.OK);
        return id;
    }

    /// <summary>Registers through the API and returns the token from the confirm-your-address e-mail in the outbox.</summary>
    async Task<string> RegisterAsync(ApiClient client, Guid meeting, string email, string? needs = null)
    {
        await (await client.PostAsync($"/api/public/meetings/{meeting}/registrations", new { name = $"Deltaker {email[..5]}", email, needs }))
            .ShouldBe(HttpStatusCode.Accepted);
        var text = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == email && m.Kind == "registration-confirm")
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Select(m => m.TextBody).FirstAsync());
        return Regex.Match(text, @"/pamelding/bekreft/([A-Za-z0-9_-]+)").Groups[1].Value;
    }

    static async Task<string> ConfirmAsync(ApiClient client, string token) =>
        (await (await client.PostAsync("/api/public/registrations/confirm", new { token })).ShouldBe(HttpStatusCode.OK))!["status"]!.GetValue<string>();

    /// <summary>Seats 1..count taken directly in the database: quick, and the same rows confirmations write.</summary>
    Task SeatDirectlyAsync(Guid meeting, int count) => app.WithDbAsync(async db =>
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        for (var i = 1; i <= count; i++)
        {
            var r = new Registration(meeting, $"Deltaker {i}", $"deltaker{i}.{meeting:N}@example.org", null, null, now);
            r.TakeSeat(i, now);
            db.Registrations.Add(r);
        }
        return await db.SaveChangesAsync();
    });

    static Ical.Net.CalendarComponents.CalendarEvent Event(string ics, string method)
    {
        var calendar = Ical.Net.Calendar.Load(ics)!;
        calendar.Method.Should().Be(method);
        return calendar.Events.Should().ContainSingle().Subject;
    }

    [Fact]
    public async Task The81stOf80_IsWaitListed_AndMovesUpWithAnInvitation_WhenSomeoneCancels()
    {
        var meeting = await OpenMeetingAsync(80);
        await SeatDirectlyAsync(meeting, 78);
        using var anonymous = await app.AnonymousAsync();
        var seventyNinth = await RegisterAsync(anonymous, meeting, "nr79@example.org");
        var eightieth = await RegisterAsync(anonymous, meeting, "nr80@example.org");
        var eightyFirst = await RegisterAsync(anonymous, meeting, "nr81@example.org");
        (await ConfirmAsync(anonymous, seventyNinth)).Should().Be("Confirmed");
        (await ConfirmAsync(anonymous, eightieth)).Should().Be("Confirmed");
        var waiting = (await (await anonymous.PostAsync("/api/public/registrations/confirm", new { token = eightyFirst })).ShouldBe(HttpStatusCode.OK))!;
        waiting["status"]!.GetValue<string>().Should().Be("WaitListed");
        waiting["waitingPosition"]!.GetValue<int>().Should().Be(1);
        (await ConfirmAsync(anonymous, eightyFirst)).Should().Be("WaitListed", "confirming twice changes nothing");
        (await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == "nr81@example.org" && m.Kind == "registration-waitlisted"))).Should().Be(1);

        var info = await anonymous.GetNodeAsync($"/api/public/meetings/{meeting}/registration");
        info["seatsLeft"]!.GetValue<int>().Should().Be(0);
        info["waiting"]!.GetValue<int>().Should().Be(1);
        info.ToJsonString().Should().NotContain("@", "no registrant's address is public");

        // The 80th cancels: the 81st has the seat and is told, with a calendar invitation.
        var confirmedIcs = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == "nr80@example.org" && m.Kind == "registration-confirmed")
            .Select(m => m.CalendarBody!).SingleAsync());
        var confirmedEvent = Event(confirmedIcs, "REQUEST");
        (await (await anonymous.PostAsync("/api/public/registrations/cancel", new { token = eightieth })).ShouldBe(HttpStatusCode.OK))!["status"]!
            .GetValue<string>().Should().Be("Cancelled");
        (await anonymous.GetNodeAsync($"/api/public/registrations/{eightyFirst}"))["status"]!.GetValue<string>().Should().Be("Confirmed");
        var movedUp = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == "nr81@example.org" && m.Kind == "registration-moved-up").ToListAsync());
        movedUp.Should().ContainSingle();
        movedUp[0].TextBody.Should().Contain("/pamelding/" + eightyFirst);
        var invitation = Event(movedUp[0].CalendarBody!, "REQUEST");
        invitation.Attendees.Should().ContainSingle().Which.Value.ToString().Should().Be("mailto:nr81@example.org");
        invitation.DtStart!.TzId.Should().Be("Europe/Oslo");
        invitation.Uid.Should().StartWith("registration-");
        invitation.Organizer!.Value!.ToString().Should().NotContain("sekretariat@", "a public registrant is never given a person's address");
        var cancelMail = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.To == "nr80@example.org" && m.Kind == "registration-cancelled"));
        var cancelled = Event(cancelMail.CalendarBody!, "CANCEL");
        cancelled.Uid.Should().Be(confirmedEvent.Uid);
        cancelled.Sequence.Should().BeGreaterThan(confirmedEvent.Sequence);

        // Registering the same address again makes no second registration: the link is sent again.
        await (await anonymous.PostAsync($"/api/public/meetings/{meeting}/registrations", new { name = "Deltaker nr81", email = "NR81@example.org" }))
            .ShouldBe(HttpStatusCode.Accepted);
        (await app.WithDbAsync(db => db.Registrations.CountAsync(r => r.MeetingId == meeting && r.EmailKey == "NR81@EXAMPLE.ORG"))).Should().Be(1);
        (await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == "nr81@example.org" && m.Kind == "registration-already"))).Should().Be(1);
        (await app.WithDbAsync(db => db.Registrations.CountAsync(r => r.MeetingId == meeting && r.SeatNumber != null))).Should().Be(80);
    }

    [Fact]
    public async Task TwoConfirmationsRacingForTheLastSeat_GetOneSeatAndOneWaitingPlace()
    {
        var meeting = await OpenMeetingAsync(3);
        await SeatDirectlyAsync(meeting, 2);
        using var first = await app.AnonymousAsync();
        using var second = await app.AnonymousAsync();
        var a = await RegisterAsync(first, meeting, "race.a@example.org");
        var b = await RegisterAsync(second, meeting, "race.b@example.org");
        var results = await Task.WhenAll(ConfirmAsync(first, a), ConfirmAsync(second, b));
        results.Should().BeEquivalentTo(new[] { "Confirmed", "WaitListed" });
        var seats = await app.WithDbAsync(db => db.Registrations.Where(r => r.MeetingId == meeting && r.SeatNumber != null).Select(r => r.SeatNumber!.Value).ToListAsync());
        seats.Should().BeEquivalentTo(new[] { 1, 2, 3 });
    }

    [Fact]
    public async Task AnUnconfirmedRegistration_HoldsNoSeat_AndItsLinkExpires()
    {
        var meeting = await OpenMeetingAsync(1);
        using var anonymous = await app.AnonymousAsync();
        var late = await RegisterAsync(anonymous, meeting, "late@example.org");
        (await anonymous.GetNodeAsync($"/api/public/meetings/{meeting}/registration"))["seatsLeft"]!.GetValue<int>().Should().Be(1);
        var quick = await RegisterAsync(anonymous, meeting, "quick@example.org");
        (await ConfirmAsync(anonymous, quick)).Should().Be("Confirmed", "the unconfirmed one held nothing");

        app.Clock.Advance(TimeSpan.FromHours(49));
        await (await anonymous.PostAsync("/api/public/registrations/confirm", new { token = late }))
            .ShouldBeProblem(HttpStatusCode.Conflict, code: "registration_link_expired");
        (await anonymous.GetNodeAsync($"/api/public/registrations/{late}"))["expired"]!.GetValue<bool>().Should().BeTrue();
        // The cleanup job removes what was never confirmed; registering again gives a fresh link.
        await app.WithScopeAsync(sp => sp.GetRequiredService<RegistrationCleanup>().RunAsync(app.Clock.GetUtcNow().UtcDateTime, default));
        await (await anonymous.GetAsync($"/api/public/registrations/{late}")).ShouldBeProblem(HttpStatusCode.NotFound);
        var again = await RegisterAsync(anonymous, meeting, "late@example.org");
        (await ConfirmAsync(anonymous, again)).Should().Be("WaitListed");
    }

    [Fact]
    public async Task NeedsAreDeletedAfterTheMeeting_ByTheIdempotentCleanup()
    {
        var start = Nettverk.Api.Calendar.OsloTime.ToLocal(app.Clock.GetUtcNow().UtcDateTime).AddHours(3);
        var meeting = await OpenMeetingAsync(10, new DateTime(start.Year, start.Month, start.Day, start.Hour, 0, 0));
        using var anonymous = await app.AnonymousAsync();
        await ConfirmAsync(anonymous, await RegisterAsync(anonymous, meeting, "needs@example.org", needs: "Rullestolplass"));
        app.Clock.Advance(TimeSpan.FromHours(10));
        for (var run = 0; run < 2; run++)
            await app.WithScopeAsync(sp => sp.GetRequiredService<RegistrationCleanup>().RunAsync(app.Clock.GetUtcNow().UtcDateTime, default));
        var row = await app.WithDbAsync(db => db.Registrations.SingleAsync(r => r.MeetingId == meeting));
        row.Needs.Should().BeNull();
        row.NeedsDeletedAt.Should().NotBeNull();
        row.Name.Should().NotBeNullOrEmpty("the list of who came stays with the secretariat");
    }

    [Fact]
    public async Task TheSixthRegistrationFromOneAddressInAnHour_IsRefusedWith429()
    {
        var meeting = await OpenMeetingAsync(10);
        using var anonymous = await app.AnonymousAsync();
        for (var i = 0; i < 5; i++)
            await (await anonymous.PostAsync($"/api/public/meetings/{meeting}/registrations", new { name = "Flom Flomsen", email = "flood@example.org" }))
                .ShouldBe(HttpStatusCode.Accepted);
        var refused = await anonymous.PostAsync($"/api/public/meetings/{meeting}/registrations", new { name = "Flom Flomsen", email = "FLOOD@example.org" });
        await refused.ShouldBeProblem(HttpStatusCode.TooManyRequests, code: "rate_limited");
        refused.Headers.RetryAfter.Should().NotBeNull();
        (await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == "flood@example.org"))).Should().Be(5);
    }

    [Fact]
    public async Task ClosedRegistration_Answers409_AndSettingsAndInputAreChecked()
    {
        var meeting = await OpenMeetingAsync(80);
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        using var anonymous = await app.AnonymousAsync();
        var url = $"/api/public/meetings/{meeting}/registrations";

        // Bad input names the field.
        await (await anonymous.PostAsync(url, new { email = "kari@example.org" })).ShouldBeProblem(HttpStatusCode.BadRequest, "name");
        await (await anonymous.PostAsync(url, new { name = "Kari", email = "ikke-en-adresse" })).ShouldBeProblem(HttpStatusCode.BadRequest, "email");
        await (await anonymous.PostAsync(url, new { name = "Kari", email = new string('k', 250) + "@example.org" })).ShouldBeProblem(HttpStatusCode.BadRequest, "email");
        await (await anonymous.PostAsync(url, new { name = "Kari", email = "kari@example.org", organisation = new string('o', 201) }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "organisation");
        await (await anonymous.PostAsync(url, new { name = "Kari", email = "kari@example.org", needs = new string('n', 1001) }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "needs");
        await (await anonymous.PostAsync("/api/public/registrations/confirm", new { })).ShouldBeProblem(HttpStatusCode.BadRequest, "token");
        await (await secretariat.PutAsync($"/api/meetings/{meeting}/registration-settings", new { capacity = 0 })).ShouldBeProblem(HttpStatusCode.BadRequest, "capacity");
        await (await secretariat.PutAsync($"/api/meetings/{meeting}/registration-settings", new { capacity = 10001 })).ShouldBeProblem(HttpStatusCode.BadRequest, "capacity");
        await (await secretariat.PutAsync($"/api/meetings/{await app.FirstMeetingAsync()}/registration-settings", new { capacity = 80 }))
            .ShouldBeProblem(HttpStatusCode.Conflict, code: "registration_meeting_not_open");
        await (await anonymous.GetAsync($"/api/public/meetings/{await app.FirstMeetingAsync()}/registration")).ShouldBeProblem(HttpStatusCode.NotFound);

        // Closed: the public sees it, and a registration is refused.
        var token = await RegisterAsync(anonymous, meeting, "closed@example.org");
        var settings = (await (await secretariat.PutAsync($"/api/meetings/{meeting}/registration-settings", new { capacity = 80, isClosed = true }))
            .ShouldBe(HttpStatusCode.OK))!;
        settings["acceptsRegistrations"]!.GetValue<bool>().Should().BeFalse();
        (await anonymous.GetNodeAsync($"/api/public/meetings/{meeting}/registration"))["isOpen"]!.GetValue<bool>().Should().BeFalse();
        await (await anonymous.PostAsync(url, new { name = "Kari", email = "kari@example.org" })).ShouldBeProblem(HttpStatusCode.Conflict, code: "registration_closed");
        await (await anonymous.PostAsync("/api/public/registrations/confirm", new { token })).ShouldBeProblem(HttpStatusCode.Conflict, code: "registration_closed");
    }

    [Fact]
    public async Task TheSecretariatListsAndExports_AndEveryoneElseGets404()
    {
        var meeting = await OpenMeetingAsync(1);
        using var anonymous = await app.AnonymousAsync();
        await ConfirmAsync(anonymous, await RegisterAsync(anonymous, meeting, "liste.en@example.org", needs: "Vegetar"));
        await ConfirmAsync(anonymous, await RegisterAsync(anonymous, meeting, "liste.to@example.org"));

        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var items = await secretariat.GetItemsAsync($"/api/meetings/{meeting}/registrations");
        items.Select(i => i!["email"]!.GetValue<string>()).Should().Equal("liste.en@example.org", "liste.to@example.org");
        items[0]!["needs"]!.GetValue<string>().Should().Be("Vegetar");
        items[1]!["status"]!.GetValue<string>().Should().Be("WaitListed");
        items[1]!["waitingPosition"]!.GetValue<int>().Should().Be(1);
        (await secretariat.GetItemsAsync($"/api/meetings/{meeting}/registrations?status=WaitListed")).Should().ContainSingle();
        var csv = await secretariat.GetAsync($"/api/meetings/{meeting}/registrations.csv");
        csv.StatusCode.Should().Be(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal(Encoding.UTF8.GetPreamble());
        var text = Encoding.UTF8.GetString(bytes);
        text.Should().Contain("Navn;E-post;Organisasjon").And.Contain("liste.en@example.org").And.Contain("Venteliste");

        foreach (var email in new[] { DemoIds.SeatHolder, DemoIds.Contact, DemoIds.CommitteeMember })
        {
            using var other = await app.SignInAsync(email);
            await (await other.GetAsync($"/api/meetings/{meeting}/registrations")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await other.GetAsync($"/api/meetings/{meeting}/registrations.csv")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await other.PutAsync($"/api/meetings/{meeting}/registration-settings", new { capacity = 5 })).ShouldBeProblem(HttpStatusCode.NotFound);
        }
        (await anonymous.GetAsync($"/api/meetings/{meeting}/registrations")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
