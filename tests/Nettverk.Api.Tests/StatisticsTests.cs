using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Hearings;
using Nettverk.Api.Features.InputRounds;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Memberships;
using Nettverk.Api.Features.Minutes;
using Nettverk.Api.Features.Organisations;
using Nettverk.Api.Features.People;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>The secretariat's statistics over a small body built for the purpose, where every figure is known: two
/// organisations (Alfa, Beta), three meetings in 2025 (two with minutes), answers to the invitations, action items opened
/// and closed over three months, one hearing and one input round.</summary>
public sealed class StatisticsTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    sealed record Scenario(Guid BodyId, string Secretary, string SeatHolder);

    static Scenario? built;
    static readonly SemaphoreSlim Gate = new(1, 1);

    async Task<Scenario> ScenarioAsync()
    {
        await Gate.WaitAsync();
        try { return built ??= await BuildAsync(); }
        finally { Gate.Release(); }
    }

    static DateTime Utc(int month, int day) => new(2025, month, day, 9, 0, 0, DateTimeKind.Utc);

    async Task<Scenario> BuildAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var now = DateTime.UtcNow;
        var ids = await app.WithDbAsync(async db =>
        {
            var body = new Body($"Statistikknettverk {tag}", BodyKind.Network);
            var secretary = new Person($"Sekretær {tag}", $"stat.sekretar.{tag}@example.org");
            db.People.Add(secretary);
            body.SetSecretariat([secretary.Id]);
            db.Bodies.Add(body);
            var seats = new List<(Seat Seat, Person Rep, Person Deputy, Organisation Org)>();
            foreach (var name in new[] { "Alfa", "Beta" })
            {
                var org = new Organisation($"{name} {tag}", null, OrganisationKind.Business, null, null, null);
                var rep = new Person($"Rep {name} {tag}", $"stat.rep.{name}.{tag}@example.org".ToLowerInvariant(), null, null, org.Id);
                var deputy = new Person($"Vara {name} {tag}", $"stat.vara.{name}.{tag}@example.org".ToLowerInvariant(), null, null, org.Id);
                db.Organisations.Add(org);
                db.People.AddRange(rep, deputy);
                var membership = new Membership(body.Id, org.Id, new DateOnly(2024, 1, 1));
                var seat = membership.AddSeat(SeatRole.Member, null, null);
                seat.Assign(rep.Id, [deputy.Id]);
                db.Memberships.Add(membership);
                seats.Add((seat, rep, deputy, org));
            }
            var (alfa, beta) = (seats[0], seats[1]);

            var meetings = new[] { 1, 2, 3 }.Select(month =>
                new Meeting(body.Id, $"Møte {month}", new DateTime(2025, month, 15, 10, 0, 0), new DateTime(2025, month, 15, 12, 0, 0),
                    MeetingFormat.Physical, "Rådhuset", null, isOpen: false)).ToList();
            db.Meetings.AddRange(meetings);
            // Answers: M1 Alfa kommer, Beta kommer ikke; M2 Alfa kanskje, Beta ikke svart; M3 Alfa kommer, Beta ikke svart.
            var answers = new[] { (Rsvp.Accepted, Rsvp.Declined), (Rsvp.Tentative, Rsvp.NoAnswer), (Rsvp.Accepted, Rsvp.NoAnswer) };
            for (var i = 0; i < 3; i++)
            {
                foreach (var (seat, answer) in new[] { (alfa, answers[i].Item1), (beta, answers[i].Item2) })
                {
                    var invitation = new Invitation(meetings[i].Id, body.Id, seat.Rep.Id, seat.Seat.Id, InvitationRole.Representative, null, now);
                    if (answer != Rsvp.NoAnswer) invitation.Respond(answer, null, seat.Rep.Email, now);
                    db.Invitations.Add(invitation);
                }
            }
            var withdrawn = new Invitation(meetings[0].Id, body.Id, alfa.Deputy.Id, alfa.Seat.Id, InvitationRole.Deputy, 1, now);
            withdrawn.Withdraw(now);
            db.Invitations.Add(withdrawn);

            // Attendance: M1 Alfa til stede, Beta forfall; M2 Alfa ved vara, Beta til stede. M3 has no minutes.
            var first = new Minutes(meetings[0], false, now, "test");
            var second = new Minutes(meetings[1], false, now, "test");
            first.Attendees.Add(MinutesAttendee.ForSeat(first, 1, alfa.Seat.Id, alfa.Rep.Id, alfa.Rep.Name, alfa.Org.Name, AttendanceStatus.Present, null, null));
            first.Attendees.Add(MinutesAttendee.ForSeat(first, 2, beta.Seat.Id, beta.Rep.Id, beta.Rep.Name, beta.Org.Name, AttendanceStatus.Absent, null, null));
            second.Attendees.Add(MinutesAttendee.ForSeat(second, 1, alfa.Seat.Id, alfa.Rep.Id, alfa.Rep.Name, alfa.Org.Name, AttendanceStatus.DeputyPresent, alfa.Deputy.Id, alfa.Deputy.Name));
            second.Attendees.Add(MinutesAttendee.ForSeat(second, 2, beta.Seat.Id, beta.Rep.Id, beta.Rep.Name, beta.Org.Name, AttendanceStatus.Present, null, null));
            var item = new AgendaItem(meetings[0].Id, body.Id, 1, 2025, 1);
            item.Describe("Sak 1", AgendaItemKind.Information, null, null, null, 15);
            db.AgendaItems.Add(item);
            first.CoverAgenda([item]);
            db.Minutes.AddRange(first, second);
            var actionItems = Enumerable.Range(1, 5).Select(n =>
            {
                var a = new ActionItem(first, first.Entries[0], now);
                a.Describe(n, $"Punkt {n}", alfa.Org.Id, null, null, "actionItems");
                if (n < 5) a.MakeLive(); // the fifth is still a draft: not counted
                return a;
            }).ToList();
            db.ActionItems.AddRange(actionItems);

            var hearing = new Hearing(body.Id, now);
            hearing.Edit($"Høring {tag}", null, null, Utc(2, 1), Utc(3, 1), false, [], null);
            db.Hearings.Add(hearing);
            var alfaParty = new HearingParty(hearing.Id, HearingPartyKind.Organisation, alfa.Org.Id, null, alfa.Org.Name, null, now);
            var betaParty = new HearingParty(hearing.Id, HearingPartyKind.Organisation, beta.Org.Id, null, beta.Org.Name, null, now);
            var person = new HearingParty(hearing.Id, HearingPartyKind.Person, null, null, "Privatperson", "privat@example.org", now);
            foreach (var p in new[] { alfaParty, betaParty, person }) p.MarkInvited(now);
            db.HearingParties.AddRange(alfaParty, betaParty, person);
            db.HearingResponses.Add(new HearingResponse(alfaParty.Id, hearing.Id, now));

            var round = new InputRound(body.Id, RespondentMode.PerOrganisation, now);
            var groups = new InputRound(body.Id, RespondentMode.PerGroup, now); // answered per group: not per organisation
            db.InputRounds.AddRange(round, groups);
            db.Inputs.Add(new Input(round, beta.Org.Id));
            await db.SaveChangesAsync();

            await db.Meetings.Where(m => m.BodyId == body.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MeetingStatus.Called)
                .SetProperty(m => m.CalledAt, Utc(1, 1)));
            await db.Hearings.Where(h => h.Id == hearing.Id).ExecuteUpdateAsync(s => s.SetProperty(h => h.Status, HearingState.Closed));
            await db.InputRounds.Where(r => r.BodyId == body.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, InputRoundStatus.Open)
                .SetProperty(r => r.OpensAtUtc, Utc(2, 10)).SetProperty(r => r.ClosesAtUtc, Utc(2, 20)));
            // Opened: three in January, one in February. Done 5 Feb and 20 Feb; dropped 3 March; one still open.
            var changes = new (DateTime Created, ActionItemStatus Status, DateTime? Changed)[]
            {
                (Utc(1, 20), ActionItemStatus.Done, Utc(2, 5)), (Utc(1, 20), ActionItemStatus.Dropped, Utc(3, 3)),
                (Utc(1, 21), ActionItemStatus.Open, null), (Utc(2, 10), ActionItemStatus.Done, Utc(2, 20)), (Utc(1, 5), ActionItemStatus.Done, Utc(1, 6)), // the draft: would show in January if it counted
            };
            for (var n = 0; n < actionItems.Count; n++)
            {
                var (created, status, changed) = changes[n];
                await db.ActionItems.Where(a => a.Id == actionItems[n].Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.CreatedAt, created)
                    .SetProperty(a => a.Status, status).SetProperty(a => a.StatusChangedAt, changed));
            }
            return (body.Id, secretary.Id, alfa.Rep.Id);
        });
        return new Scenario(ids.Item1, await app.AccountForAsync(ids.Item2), await app.AccountForAsync(ids.Item3));
    }

    static int N(JsonNode? node, string name) => node![name]!.GetValue<int>();
    static JsonNode Row(JsonNode list, string organisation) =>
        list.AsArray().Single(r => r!["organisation"]!.GetValue<string>().StartsWith(organisation))!;

    [Fact]
    public async Task Figures_ForABuiltBody_AreExact_AndThePeriodNarrowsThem()
    {
        var s = await ScenarioAsync();
        using var secretary = await app.SignInAsync(s.Secretary);
        var url = $"/api/bodies/{s.BodyId}/statistics";

        var attendance = await secretary.GetNodeAsync($"{url}/attendance");
        N(attendance, "meetings").Should().Be(2);
        var alfa = Row(attendance["organisations"]!, "Alfa");
        (N(alfa, "meetings"), N(alfa, "present"), N(alfa, "deputyPresent"), N(alfa, "absent")).Should().Be((2, 1, 1, 0));
        var beta = Row(attendance["organisations"]!, "Beta");
        (N(beta, "meetings"), N(beta, "present"), N(beta, "deputyPresent"), N(beta, "absent")).Should().Be((2, 1, 0, 1));
        var february = await secretary.GetNodeAsync($"{url}/attendance?from=2025-02-01&to=2025-02-28");
        N(february, "meetings").Should().Be(1);
        N(Row(february["organisations"]!, "Alfa"), "deputyPresent").Should().Be(1);

        var answers = await secretary.GetNodeAsync($"{url}/answers");
        N(answers, "meetings").Should().Be(3);
        alfa = Row(answers["organisations"]!, "Alfa");
        (N(alfa, "invited"), N(alfa, "accepted"), N(alfa, "tentative"), N(alfa, "declined"), N(alfa, "noAnswer"))
            .Should().Be((3, 2, 1, 0, 0), "the deputy's withdrawn invitation is not counted");
        beta = Row(answers["organisations"]!, "Beta");
        (N(beta, "invited"), N(beta, "accepted"), N(beta, "declined"), N(beta, "noAnswer")).Should().Be((3, 0, 1, 2));
        var firstMeeting = answers["perMeeting"]![0]!;
        firstMeeting["title"]!.GetValue<string>().Should().Be("Møte 1");
        (N(firstMeeting, "invited"), N(firstMeeting, "accepted"), N(firstMeeting, "declined")).Should().Be((2, 1, 1));
        N(await secretary.GetNodeAsync($"{url}/answers?from=2025-03-01"), "meetings").Should().Be(1);

        var items = await secretary.GetNodeAsync($"{url}/action-items?from=2025-01-01&to=2025-03-31");
        N(items, "openNow").Should().Be(1);
        items["months"]!.AsArray().Select(m => $"{m!["month"]} {N(m, "opened")} {N(m, "done")} {N(m, "dropped")} {N(m, "openAtEnd")}")
            .Should().Equal("2025-01 3 0 0 3", "2025-02 1 2 0 2", "2025-03 0 0 1 1");
        var march = await secretary.GetNodeAsync($"{url}/action-items?from=2025-03-01&to=2025-03-31");
        march["months"]!.AsArray().Select(m => N(m, "openAtEnd")).Should().Equal([1], "items opened before the period still count as open");

        var participation = await secretary.GetNodeAsync($"{url}/participation");
        (N(participation, "hearings"), N(participation, "inputRounds")).Should().Be((1, 1));
        participation["hearingResponses"]!.AsArray().Should().HaveCount(2, "only organisations, not the private person");
        (N(Row(participation["hearingResponses"]!, "Alfa"), "invited"), N(Row(participation["hearingResponses"]!, "Alfa"), "answered")).Should().Be((1, 1));
        N(Row(participation["hearingResponses"]!, "Beta"), "answered").Should().Be(0);
        N(Row(participation["inputRoundResponses"]!, "Alfa"), "answered").Should().Be(0);
        (N(Row(participation["inputRoundResponses"]!, "Beta"), "invited"), N(Row(participation["inputRoundResponses"]!, "Beta"), "answered")).Should().Be((1, 1));
        var later = await secretary.GetNodeAsync($"{url}/participation?from=2025-03-01");
        (N(later, "hearings"), N(later, "inputRounds")).Should().Be((0, 0));
    }

    [Fact]
    public async Task Csv_IsSemicolonSeparatedWithNorwegianHeaders()
    {
        var s = await ScenarioAsync();
        using var secretary = await app.SignInAsync(s.Secretary);
        async Task<string[]> Lines(string what)
        {
            var response = await secretary.GetAsync($"/api/bodies/{s.BodyId}/statistics/{what}.csv?from=2025-01-01&to=2025-03-31");
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
            var bytes = await response.Content.ReadAsByteArrayAsync();
            bytes.Take(3).Should().Equal(Encoding.UTF8.GetPreamble());
            return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        }
        var attendance = await Lines("attendance");
        attendance[0].Should().Be("Organisasjon;Møter;Til stede;Vara møtte;Forfall");
        attendance.Should().Contain(l => l.StartsWith("Alfa") && l.EndsWith(";2;1;1;0"));
        (await Lines("answers")).Should().Contain(l => l.StartsWith("Beta") && l.EndsWith(";3;0;0;1;2"));
        (await Lines("action-items")).Should().Equal("Måned;Nye;Utført;Utgått;Åpne ved månedsslutt", "2025-01;3;0;0;3", "2025-02;1;2;0;2", "2025-03;0;0;1;1");
        (await Lines("participation")).Should().Contain(l => l.StartsWith("Høring;Alfa") && l.EndsWith(";1;1"))
            .And.Contain(l => l.StartsWith("Innspillsrunde;Beta") && l.EndsWith(";1;1"));
    }

    [Fact]
    public async Task OnlyTheBodysSecretariatAndAdministrators_SeeTheFigures_AndABadPeriodNamesTheField()
    {
        var s = await ScenarioAsync();
        var url = $"/api/bodies/{s.BodyId}/statistics/attendance";
        using var otherSecretariat = await app.SignInAsync(DemoIds.Secretariat);
        using var seatHolder = await app.SignInAsync(s.SeatHolder);
        using var admin = await app.SignInAsync(DemoIds.Admin);
        using var anonymous = await app.AnonymousAsync();
        foreach (var what in new[] { "attendance", "answers.csv", "action-items", "participation.csv" })
        {
            await (await otherSecretariat.GetAsync($"/api/bodies/{s.BodyId}/statistics/{what}")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await seatHolder.GetAsync($"/api/bodies/{s.BodyId}/statistics/{what}")).ShouldBeProblem(HttpStatusCode.NotFound);
        }
        (await anonymous.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await admin.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK);
        using var secretary = await app.SignInAsync(s.Secretary);
        await (await secretary.GetAsync($"{url}?from=2025-03-01&to=2025-02-01")).ShouldBeProblem(HttpStatusCode.BadRequest, "to");
        await (await secretary.GetAsync($"{url}?from=mars")).ShouldBeProblem(HttpStatusCode.BadRequest, "from");
        await (await secretary.GetAsync($"/api/bodies/{Guid.NewGuid()}/statistics/answers")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
