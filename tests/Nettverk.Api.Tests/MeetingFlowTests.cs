using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Tests.Infrastructure;
using Nettverk.Tests;

namespace Nettverk.Api.Tests;

/// <summary>The meeting flow end to end through HTTP and a real SMTP server: plan → adopt → agenda → call →
/// invitations with calendar parts → one-click answers → the deputy chain → moving → cancelling.</summary>
public sealed class MeetingFlowTests : IAsyncLifetime
{
    MailDev mailDev = null!;
    NettverkApp app = null!;

    public async Task InitializeAsync()
    {
        mailDev = await MailDev.StartAsync();
        app = new NettverkApp().With("Mail:Delivery", "Smtp").With("Mail:Smtp:Host", "127.0.0.1")
            .With("Mail:Smtp:Port", mailDev.SmtpPort.ToString()).With("Mail:MessageIdDomain", "nettverk.example.org");
    }

    public async Task DisposeAsync()
    {
        app.Dispose();
        await mailDev.DisposeAsync();
    }

    [Fact]
    public async Task PlanAdoptAgendaCall_ThenAnswersDeputiesMovesAndCancellation_AllReachTheInvitees()
    {
        var network = await app.NetworkAsync();
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);

        // The plan from the body's rules: February, May, August and November; one of them open.
        var plan = (await (await secretariat.PostAsync($"/api/bodies/{network}/meeting-plans", new { year = 2027 })).ShouldBe(HttpStatusCode.Created))!;
        var proposals = plan["proposals"]!.AsArray();
        proposals.Select(p => p!["date"]!.GetValue<string>()).Should().Equal("2027-02-11", "2027-05-13", "2027-08-12", "2027-11-11");
        proposals.Count(p => p!["isOpen"]!.GetValue<bool>()).Should().Be(1);
        await (await secretariat.PostAsync($"/api/bodies/{network}/meeting-plans", new { year = 2027 }))
            .ShouldBeProblem(HttpStatusCode.Conflict, code: "plan_exists");
        var adopted = (await (await secretariat.PostAsync($"/api/bodies/{network}/meeting-plans/2027/adopt")).ShouldBe(HttpStatusCode.OK))!.AsArray();
        adopted.Should().HaveCount(4);
        await (await secretariat.PostAsync($"/api/bodies/{network}/meeting-plans/2027/adopt")).ShouldBeProblem(HttpStatusCode.Conflict, code: "plan_adopted");
        var meetingId = adopted[0]!["id"]!.GetValue<string>();

        // The first meeting gets its video link and the agenda of seed 004's first meeting.
        await (await secretariat.PutAsync($"/api/meetings/{meetingId}", new
        {
            title = "Oppstartsmøte", startsAt = "2027-02-11T12:00:00", endsAt = "2027-02-11T14:00:00", format = "Digital",
            videoUrl = "https://meet.example.org/j/4242?pwd=nettverk", isOpen = false,
        })).ShouldBe(HttpStatusCode.OK);
        foreach (var (title, kind, minutes) in new[] { ("Velkommen", "Information", 10), ("Presentasjonsrunde", "Discussion", 30),
                     ("Gjennomgang av mandatet; roller, ansvar og forventninger", "Decision", 50), ("Eventuelt", "Information", 10) })
            await (await secretariat.PostAsync($"/api/meetings/{meetingId}/agenda-items",
                new { title, kind, durationMinutes = minutes, presenterText = "v/ sekretariatet" })).ShouldBe(HttpStatusCode.OK);
        var details = await secretariat.GetNodeAsync($"/api/meetings/{meetingId}");
        var agenda = details["agenda"]!.AsArray();
        // The first item brought the standing item for approving the previous meeting's minutes (the demo's 2021 meeting has none yet).
        agenda[0]!["title"]!.GetValue<string>().Should().Be("Godkjenning av referat fra forrige møte");
        agenda[0]!["standard"]!.GetValue<string>().Should().Be("PreviousMinutes");
        agenda.Select(a => a!["caseNumber"]!.GetValue<string>()).Should().Equal("1/27", "2/27", "3/27", "4/27", "5/27");
        agenda.Select(a => a!["startsAt"]!.GetValue<string>()[11..16]).Should().Equal("12:00", "12:05", "12:15", "12:45", "13:35");
        details["agendaOverrunMinutes"]!.GetValue<int>().Should().Be(0);

        // Calling the meeting: one invitation to each of the ten representatives, each with its own calendar part.
        await (await secretariat.PostAsync($"/api/meetings/{meetingId}/call")).ShouldBe(HttpStatusCode.OK);
        var first = await mailDev.WaitForAsync(10);
        first.Should().HaveCount(10);
        first.Should().OnlyContain(m => m!["to"]!.AsArray().Count == 1, "one message per person, never a shared list");
        var nhoRep = await InvitationToAsync(DemoIds.SeatHolder);
        nhoRep.Request.Should().Contain("METHOD:REQUEST");
        var parsed = (await IcalJs.ParseAsync(nhoRep.Request))[0]!["events"]![0]!;
        parsed["sequence"]!.GetValue<int>().Should().Be(0);
        parsed["start"]!.GetValue<string>().Should().Be("2027-02-11T11:00:00.000Z");
        parsed["organizer"]!["email"]!.GetValue<string>().Should().Be(DemoIds.Secretariat);
        parsed["attendees"]!.AsArray().Should().ContainSingle().Which!["email"]!.GetValue<string>().Should().Be(DemoIds.SeatHolder);
        parsed["attendees"]![0]!["rsvp"]!.GetValue<string>().Should().Be("TRUE");
        parsed["location"]!.GetValue<string>().Should().Contain("https://meet.example.org/j/4242");
        parsed["description"]!.GetValue<string>().Should().Contain("Sak 4/27 Gjennomgang av mandatet; roller");
        nhoRep.HasIcsAttachment.Should().BeTrue();

        // Calling again sends nothing new to anyone.
        await (await secretariat.PostAsync($"/api/meetings/{meetingId}/call")).ShouldBe(HttpStatusCode.OK);

        // The NHO representative declines with one click: the first deputy is invited.
        using var anonymous = app.Client();
        (await anonymous.GetAsync("/api/account/antiforgery")).EnsureSuccessStatusCode();
        var landing = await anonymous.GetNodeAsync($"/api/rsvp?token={Uri.EscapeDataString(nhoRep.Token)}");
        landing["personName"]!.GetValue<string>().Should().Be("Eirik Haugland");
        await (await anonymous.PostAsync("/api/rsvp", new { token = nhoRep.Token, answer = "Declined", comment = "På reise" })).ShouldBe(HttpStatusCode.OK);
        await (await anonymous.PostAsync("/api/rsvp", new { token = nhoRep.Token[..^4] + "AAAA", answer = "Accepted" }))
            .ShouldBeProblem(HttpStatusCode.NotFound, code: "rsvp_link_invalid");
        var deputyEmail = await app.WithDbAsync(db => db.People.Where(p => p.Name == "Camilla Rønning").Select(p => p.Email).SingleAsync());
        var deputy = await InvitationToAsync(deputyEmail, expectedTotal: 11);
        deputy.Subject.Should().StartWith("Innkalling");
        deputy.Text.Should().Contain("1. vara");

        // The representative can come after all: the deputy gets a CANCEL for their own copy.
        await (await anonymous.PostAsync("/api/rsvp", new { token = nhoRep.Token, answer = "Accepted" })).ShouldBe(HttpStatusCode.OK);
        var release = await InvitationToAsync(deputyEmail, expectedTotal: 12, method: "CANCEL");
        release.Subject.Should().StartWith("Ikke nødvendig");

        // The LO representative's calendar answers by iMIP REPLY, which the secretariat posts.
        var loRep = await InvitationToAsync(await app.WithDbAsync(db => db.People.Where(p => p.Name == "Dag Berge").Select(p => p.Email).SingleAsync()), expectedTotal: 12);
        // As the attendee's calendar would: the same event, METHOD:REPLY, their PARTSTAT (unfolded lines are fine).
        var reply = loRep.Request.Replace("\r\n ", "").Replace("METHOD:REQUEST", "METHOD:REPLY").Replace("PARTSTAT=NEEDS-ACTION", "PARTSTAT=TENTATIVE");
        var replyResponse = await secretariat.Http.PostAsync("/api/calendar/replies", new StringContent(reply, System.Text.Encoding.UTF8, "text/calendar"));
        (await replyResponse.ShouldBe(HttpStatusCode.OK))!["answer"]!.GetValue<string>().Should().Be("Tentative");

        // Moving the meeting: an update with SEQUENCE 1 to everyone still invited (ten representatives).
        await (await secretariat.PutAsync($"/api/meetings/{meetingId}", new
        {
            title = "Oppstartsmøte", startsAt = "2027-02-18T12:00:00", endsAt = "2027-02-18T14:00:00", format = "Digital",
            videoUrl = "https://meet.example.org/j/4242?pwd=nettverk", isOpen = false,
        })).ShouldBe(HttpStatusCode.OK);
        var afterMove = await mailDev.WaitForAsync(22);
        afterMove.Should().HaveCount(22);
        var moved = await InvitationToAsync(DemoIds.SeatHolder, expectedTotal: 22);
        moved.Subject.Should().StartWith("Endret");
        moved.Text.Should().Contain("nytt tidspunkt");
        var movedEvent = (await IcalJs.ParseAsync(moved.Request))[0]!["events"]![0]!;
        movedEvent["sequence"]!.GetValue<int>().Should().Be(1);
        movedEvent["uid"]!.GetValue<string>().Should().Be(parsed["uid"]!.GetValue<string>());
        movedEvent["start"]!.GetValue<string>().Should().Be("2027-02-18T11:00:00.000Z");

        // Cancelling: a CANCEL with SEQUENCE 2 to everyone still invited.
        await (await secretariat.PostAsync($"/api/meetings/{meetingId}/cancel", new { reason = "For få kan møte." })).ShouldBe(HttpStatusCode.OK);
        (await mailDev.WaitForAsync(32)).Should().HaveCount(32);
        var cancelled = await InvitationToAsync(DemoIds.SeatHolder, expectedTotal: 32, method: "CANCEL");
        var cancelledEvent = (await IcalJs.ParseAsync(cancelled.Request))[0]!;
        cancelledEvent["method"]!.GetValue<string>().Should().Be("CANCEL");
        cancelledEvent["events"]![0]!["sequence"]!.GetValue<int>().Should().Be(2);
        cancelledEvent["events"]![0]!["status"]!.GetValue<string>().Should().Be("CANCELLED");
        await (await anonymous.PostAsync("/api/rsvp", new { token = nhoRep.Token, answer = "Accepted" }))
            .ShouldBeProblem(HttpStatusCode.Conflict, code: "meeting_cancelled");
    }

    [Fact]
    public async Task AnotherBodysMember_GetsNotFound_AndASeatHolderMayNotManage()
    {
        var network = await app.NetworkAsync();
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var created = (await (await secretariat.PostAsync($"/api/bodies/{network}/meetings", new
        {
            title = "Arbeidsmøte", startsAt = "2027-03-28T12:00:00", endsAt = "2027-03-28T13:00:00", format = "Physical", location = "Fylkeshuset",
        })).ShouldBe(HttpStatusCode.Created))!;
        var id = created["id"]!.GetValue<string>();
        created["startsAt"]!.GetValue<string>().Should().Be("2027-03-28T12:00:00", "the day summer time starts keeps the wall-clock time");
        (await secretariat.GetNodeAsync($"/api/meetings/{id}"))["startsAt"]!.GetValue<string>()
            .Should().Be("2027-03-28T12:00:00", "read back from the database, a wall-clock time is not labelled UTC");

        using var other = await app.SignInAsync(await app.OtherBodySeatHolderAsync());
        await (await other.GetAsync($"/api/meetings/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await other.GetAsync($"/api/bodies/{network}/meetings")).ShouldBeProblem(HttpStatusCode.NotFound);
        using var seatHolder = await app.SignInAsync(DemoIds.SeatHolder);
        await (await seatHolder.GetAsync($"/api/meetings/{id}")).ShouldBe(HttpStatusCode.OK);
        await (await seatHolder.PostAsync($"/api/meetings/{id}/call")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await seatHolder.PostAsync($"/api/meetings/{id}/agenda-items", new { title = "Min sak", kind = "Information" }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await secretariat.PostAsync($"/api/bodies/{network}/meetings", new
        {
            title = "Umulig", startsAt = "2027-03-28T02:30:00", endsAt = "2027-03-28T03:30:00", format = "Digital",
        })).ShouldBeProblem(HttpStatusCode.BadRequest, "startsAt");
        await (await secretariat.PostAsync($"/api/bodies/{network}/meetings", new
        {
            title = "Baklengs", startsAt = "2027-03-28T12:00:00", endsAt = "2027-03-28T11:00:00", format = "Digital",
        })).ShouldBeProblem(HttpStatusCode.BadRequest, "endsAt");
    }

    sealed record Received(string Subject, string Text, string Request, bool HasIcsAttachment, string Token);

    /// <summary>The newest message to a person, its calendar part (of the given method) and the token in its answer links.</summary>
    async Task<Received> InvitationToAsync(string email, int expectedTotal = 10, string method = "REQUEST")
    {
        var emails = await mailDev.WaitForAsync(expectedTotal);
        var message = emails.Last(m => m!["to"]![0]!["address"]!.GetValue<string>().Equals(email, StringComparison.OrdinalIgnoreCase))!;
        var parts = Mime.Parts(await mailDev.SourceAsync(message["id"]!.GetValue<string>()));
        var calendar = parts.Single(p => p.ContentType.StartsWith("text/calendar", StringComparison.OrdinalIgnoreCase));
        calendar.ContentType.Should().Contain($"method={method}");
        var text = parts.First(p => p.ContentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)).Body;
        var token = Regex.Match(text, @"svar=nei&token=([^\s]+)");
        return new Received(message["subject"]!.GetValue<string>(), text, calendar.Body,
            parts.Any(p => p.Disposition?.Contains(".ics") == true), token.Success ? Uri.UnescapeDataString(token.Groups[1].Value) : "");
    }
}
