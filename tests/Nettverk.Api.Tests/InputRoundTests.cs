using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nettverk.Api.Features.InputRounds;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>The app with a clock the tests move: input rounds open and close by it.</summary>
public sealed class InputRoundsApp : FakeClockApp;

/// <summary>Input rounds over HTTP on the demo network: answered per organisation (two of LO's people write the same
/// answer: the later save wins, both saves are kept) and per group through its link; the results and the CSV say what was
/// answered; bad answers are refused naming the field; reminders go once per party per due time.</summary>
public sealed class InputRoundTests(InputRoundsApp app) : IClassFixture<InputRoundsApp>
{
    DateTime OsloNow => Calendar.OsloTime.ToLocal(app.Clock.GetUtcNow().UtcDateTime);

    static object[] Questions() =>
    [
        new { kind = "FreeText", text = "Hva forventer dere av nettverket?" },
        new { kind = "SingleChoice", text = "Viktigste tema", options = new[] { "Kompetanse", "Rekruttering", "Innovasjon" } },
        new { kind = "MultipleChoice", text = "Hvilke strategier berører dere?", options = new[] { "Forskning", "Reiseliv", "Videregående" } },
        new { kind = "Scale", text = "Hvor nyttig er nettverket (1–5)?" },
        new { kind = "Ranking", text = "Ranger arbeidsformene", options = new[] { "Møter", "Grupper", "Høringer" } },
    ];

    async Task<JsonNode> CreateAsync(ApiClient secretariat, string mode, object? groups = null, object? invitees = null, double closesInDays = 5,
        bool open = true, int reminderDays = 2)
    {
        var network = await app.NetworkAsync();
        var created = (await (await secretariat.PostAsync($"/api/bodies/{network}/input-rounds", new
        {
            title = "Forventningsrunde", introduction = "Svar **sammen**.", opensAt = OsloNow.AddHours(-1), closesAt = OsloNow.AddDays(closesInDays),
            mode, answersShared = false, reminderDaysBefore = reminderDays, questions = Questions(), groups, inviteeIds = invitees,
        })).ShouldBe(HttpStatusCode.Created))!;
        if (!open) return created;
        return (await (await secretariat.PostAsync($"/api/input-rounds/{created["id"]}/open")).ShouldBe(HttpStatusCode.OK))!;
    }

    static object Answers(JsonNode round, string text, string choice, string[] choices, int scale, string[] ranking)
    {
        var q = round["questions"]!.AsArray().Select(x => x!["id"]!.GetValue<Guid>()).ToList();
        return new
        {
            answers = new object[]
            {
                new { questionId = q[0], value = text }, new { questionId = q[1], value = choice }, new { questionId = q[2], value = choices },
                new { questionId = q[3], value = scale }, new { questionId = q[4], value = ranking },
            },
        };
    }

    async Task<string> LoRepresentativeAsync()
    {
        var lo = await app.OrganisationAsync("LO Vestfold og Telemark");
        var network = await app.NetworkAsync();
        var person = await app.WithDbAsync(db => db.Seats.Where(s => s.BodyId == network && s.RepresentativeId != null
                && db.Memberships.Any(m => m.Id == s.MembershipId && m.OrganisationId == lo))
            .Select(s => new { Id = s.RepresentativeId!.Value, db.People.First(p => p.Id == s.RepresentativeId).UserId, db.People.First(p => p.Id == s.RepresentativeId).Email })
            .FirstAsync());
        return person.UserId is null ? await app.AccountForAsync(person.Id) : person.Email;
    }

    [Fact]
    public async Task PerOrganisation_TwoPeopleEditTheSameAnswer_TheLaterSaveWins_BothAreRecorded_AndResultsAndCsvMatch()
    {
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var round = await CreateAsync(secretariat, "PerOrganisation");
        var id = round["id"]!.GetValue<Guid>();
        round["phase"]!.GetValue<string>().Should().Be("Open");
        var invitations = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind == "input-round-invitation" && m.TextBody.Contains($"/innspill/{id}"))
            .Select(m => m.To).ToListAsync());
        invitations.Should().Contain([DemoIds.Contact, DemoIds.SeatHolder], "LO's contact and NHO's representative are written to");

        using var contact = await app.SignInAsync(DemoIds.Contact);
        using var loRep = await app.SignInAsync(await LoRepresentativeAsync());
        using var nhoRep = await app.SignInAsync(DemoIds.SeatHolder);
        var mine = await contact.GetNodeAsync($"/api/input-rounds/{id}");
        mine["myParties"]!.AsArray().Single()!["name"]!.GetValue<string>().Should().Be("LO Vestfold og Telemark");
        (await StartEntriesAsync(contact)).Should().Contain(id.ToString(), "the round waits for LO on «Til meg»");
        var toHandle = (await contact.GetItemsAsync("/api/me/input-rounds")).Single(r => r!["id"]!.GetValue<Guid>() == id)!;
        toHandle["partyName"]!.GetValue<string>().Should().Be("LO Vestfold og Telemark", "and on «Til behandling», for LO");
        toHandle["closesAt"]!.GetValue<DateTime>().Should().Be(round["closesAt"]!.GetValue<DateTime>());

        await (await contact.PutAsync($"/api/input-rounds/{id}/answers",
            Answers(round, "Først", "Kompetanse", ["Forskning"], 2, ["Møter", "Grupper", "Høringer"]))).ShouldBe(HttpStatusCode.OK);
        (await StartEntriesAsync(contact)).Should().NotContain(id.ToString(), "LO has answered");
        (await contact.GetItemsAsync("/api/me/input-rounds")).Select(r => r!["id"]!.GetValue<Guid>()).Should().NotContain(id);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var saved = (await (await loRep.PutAsync($"/api/input-rounds/{id}/answers",
            Answers(round, "Felles svar fra LO", "Rekruttering", ["Forskning", "Videregående"], 4, ["Grupper", "Møter", "Høringer"]))).ShouldBe(HttpStatusCode.OK))!;
        saved["revision"]!.GetValue<int>().Should().Be(2);
        await (await nhoRep.PutAsync($"/api/input-rounds/{id}/answers",
            Answers(round, "=NHO ønsker mer innovasjon", "Innovasjon", ["Reiseliv"], 5, ["Møter", "Grupper", "Høringer"]))).ShouldBe(HttpStatusCode.OK);

        // The contact reads the organisation's answer as the representative left it, with who and when.
        var read = (await contact.GetNodeAsync($"/api/input-rounds/{id}"))["mine"]!;
        read["updatedByName"]!.GetValue<string>().Should().NotBe("Marte Solberg");
        read["answers"]![0]!["text"]!.GetValue<string>().Should().Be("Felles svar fra LO");
        read["answers"]![4]!["ranking"]!.AsArray().Select(x => x!.GetValue<string>()).Should().Equal("Grupper", "Møter", "Høringer");
        var revisions = await app.WithDbAsync(db => db.InputRevisions.Where(r => r.RoundId == id)
            .Join(db.Inputs, r => r.InputId, i => i.Id, (r, i) => new { r.Revision, r.SavedByName, i.PartyId }).ToListAsync());
        var lo = await app.OrganisationAsync("LO Vestfold og Telemark");
        revisions.Where(r => r.PartyId == lo).OrderBy(r => r.Revision).Select(r => r.SavedByName).Should().HaveCount(2)
            .And.Contain("Marte Solberg").And.Contain(read["updatedByName"]!.GetValue<string>());

        // NHO sees only its own; the results are the secretariat's while the round does not share them.
        (await nhoRep.GetNodeAsync($"/api/input-rounds/{id}"))["mine"]!["answers"]![0]!["text"]!.GetValue<string>().Should().Be("=NHO ønsker mer innovasjon");
        await (await nhoRep.GetAsync($"/api/input-rounds/{id}/results")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await nhoRep.GetAsync($"/api/input-rounds/{id}/results.csv")).ShouldBeProblem(HttpStatusCode.Forbidden);

        var results = await secretariat.GetNodeAsync($"/api/input-rounds/{id}/results");
        results["parties"]!.GetValue<int>().Should().Be(10);
        results["answered"]!.GetValue<int>().Should().Be(2);
        var qs = results["questions"]!.AsArray();
        qs[0]!["answers"]!.AsArray().Select(a => (a!["party"]!["name"]!.GetValue<string>(), a["answer"]!["text"]!.GetValue<string>()))
            .Should().Equal(("LO Vestfold og Telemark", "Felles svar fra LO"), ("NHO Vestfold og Telemark", "=NHO ønsker mer innovasjon"));
        Counts(qs[1]!).Should().Equal(0, 1, 1);
        Counts(qs[2]!).Should().Equal(1, 1, 1);
        Counts(qs[3]!).Should().Equal(0, 0, 0, 1, 1);
        qs[3]!["average"]!.GetValue<double>().Should().Be(4.5);
        qs[4]!["counts"]!.AsArray().Select(c => c!["averageRank"]!.GetValue<double>()).Should().Equal(1.5, 1.5, 3);

        var csv = await secretariat.GetAsync($"/api/input-rounds/{id}/results.csv");
        csv.StatusCode.Should().Be(HttpStatusCode.OK);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("Nr.;Spørsmål;Svar fra;Svar;Sist lagret av;Sist lagret");
        lines.Should().Contain(l => l.StartsWith("1;Hva forventer dere av nettverket?;LO Vestfold og Telemark;Felles svar fra LO;"));
        lines.Should().Contain(l => l.Contains(";\"'=NHO ønsker mer innovasjon\";"), "a formula-like answer is escaped");
        lines.Should().Contain(l => l.StartsWith("5;Ranger arbeidsformene;LO Vestfold og Telemark;1. Grupper > 2. Møter > 3. Høringer;"));
        lines.Should().HaveCount(1 + 5 * 2);
    }

    static async Task<List<string>> StartEntriesAsync(ApiClient client) =>
        (await client.GetNodeAsync("/api/me/start"))["sections"]!.AsArray()
            .Where(s => s!["kind"]!.GetValue<string>() == "InputRoundToAnswer")
            .SelectMany(s => s!["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>())).ToList();

    static List<int> Counts(JsonNode question) => question["counts"]!.AsArray().Select(c => c!["count"]!.GetValue<int>()).ToList();

    [Fact]
    public async Task PerGroup_AnswersThroughTheGroupsLink_WithoutAnAccount_LastSaveWins()
    {
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var round = await CreateAsync(secretariat, "PerGroup", groups: new[] { new { name = "Gruppe 1" }, new { name = "Gruppe 2" } });
        var groups = round["groups"]!.AsArray();
        groups.Should().HaveCount(2);
        var token = groups[0]!["token"]!.GetValue<string>();
        groups[0]!["link"]!.GetValue<string>().Should().EndWith($"/innspill/gruppe/{token}");

        using var phone = await app.AnonymousAsync();
        var landing = await phone.GetNodeAsync($"/api/input-groups/{token}");
        landing["mine"]!["party"]!["name"]!.GetValue<string>().Should().Be("Gruppe 1");
        var q = landing["questions"]!.AsArray().Select(x => x!["id"]!.GetValue<Guid>()).ToList();
        await (await phone.PutAsync($"/api/input-groups/{token}/answers", new { name = "Ola", answers = new[] { new { questionId = q[0], value = "Utkast" } } }))
            .ShouldBe(HttpStatusCode.OK);
        var second = (await (await phone.PutAsync($"/api/input-groups/{token}/answers",
            new { answers = new object[] { new { questionId = q[0], value = "Gruppens svar" }, new { questionId = q[3], value = 3 } } })).ShouldBe(HttpStatusCode.OK))!;
        second["revision"]!.GetValue<int>().Should().Be(2);
        second["updatedByName"]!.GetValue<string>().Should().Be("Gruppe 1");

        await (await phone.GetAsync("/api/input-groups/ukjent")).ShouldBeProblem(HttpStatusCode.NotFound, code: "input_group_link_invalid");
        var results = await secretariat.GetNodeAsync($"/api/input-rounds/{round["id"]}/results");
        results["parties"]!.GetValue<int>().Should().Be(2);
        var answers = results["questions"]![0]!["answers"]!.AsArray();
        answers.Should().ContainSingle();
        answers[0]!["party"]!["name"]!.GetValue<string>().Should().Be("Gruppe 1");
        answers[0]!["answer"]!["text"]!.GetValue<string>().Should().Be("Gruppens svar");
        Counts(results["questions"]![3]!).Should().Equal(0, 0, 1, 0, 0);
        var status = await secretariat.GetItemsAsync($"/api/input-rounds/{round["id"]}/parties");
        status.Select(s => s!["answered"]!.GetValue<bool>()).Should().Equal(true, false);
    }

    [Fact]
    public async Task BadAnswers_AreRefused_NamingTheField_AndALateAnswerIsRefused()
    {
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var round = await CreateAsync(secretariat, "PerOrganisation", closesInDays: 1);
        var id = round["id"];
        var q = round["questions"]!.AsArray().Select(x => x!["id"]!.GetValue<Guid>()).ToList();
        using var nho = await app.SignInAsync(DemoIds.SeatHolder);
        async Task Refused(object value, int question, string field, string code)
        {
            var problem = await (await nho.PutAsync($"/api/input-rounds/{id}/answers", new { answers = new[] { new { questionId = q[question], value } } }))
                .ShouldBeProblem(HttpStatusCode.BadRequest, field);
            problem["fieldErrors"]![field]![0]!["code"]!.GetValue<string>().Should().Be(code);
        }
        await (await nho.PutAsync($"/api/input-rounds/{id}/answers", new { answers = new object[] { new { questionId = q[0], value = "ok" }, new { questionId = Guid.NewGuid(), value = "x" } } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "answers[1].questionId");
        await Refused("fem", 3, "answers[0].value", "input_answer_wrong_type");
        await Refused(6, 3, "answers[0].value", "out_of_range");
        await Refused("Fotball", 1, "answers[0].value", "input_answer_not_an_option");
        await Refused(new[] { "Møter", "Møter", "Høringer" }, 4, "answers[0].value", "input_ranking_incomplete");
        await Refused(new[] { "Møter" }, 4, "answers[0].value", "input_ranking_incomplete");

        // Not a party: the committee member reads the body, but answers for no organisation of it; another body's member sees nothing.
        using var committee = await app.SignInAsync(DemoIds.CommitteeMember);
        await (await committee.PutAsync($"/api/input-rounds/{id}/answers", new { answers = Array.Empty<object>() })).ShouldBeProblem(HttpStatusCode.NotFound);
        using var other = await app.SignInAsync(await app.OtherBodySeatHolderAsync());
        await (await other.GetAsync($"/api/input-rounds/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await other.PutAsync($"/api/input-rounds/{id}/answers", new { answers = Array.Empty<object>() })).ShouldBeProblem(HttpStatusCode.NotFound);

        app.Clock.Advance(TimeSpan.FromDays(1));
        using var nhoLater = await app.SignInAsync(DemoIds.SeatHolder); // the day-old session has ended
        await (await nhoLater.PutAsync($"/api/input-rounds/{id}/answers", new { answers = new[] { new { questionId = q[0], value = "sent" } } }))
            .ShouldBeProblem(HttpStatusCode.Conflict, code: "input_round_closed");
    }

    [Fact]
    public async Task Reminders_GoOncePerPartyWithoutAnAnswer_PerDueTime_HoweverOftenTheJobRuns()
    {
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var round = await CreateAsync(secretariat, "PerOrganisation", closesInDays: 3, reminderDays: 2);
        var id = round["id"]!.GetValue<Guid>();
        var q = round["questions"]!.AsArray().Select(x => x!["id"]!.GetValue<Guid>()).ToList();
        using var nho = await app.SignInAsync(DemoIds.SeatHolder);
        await (await nho.PutAsync($"/api/input-rounds/{id}/answers", new { answers = new[] { new { questionId = q[0], value = "Svar" } } })).ShouldBe(HttpStatusCode.OK);

        var now = app.Clock.GetUtcNow().UtcDateTime;
        // Counted for this round only: rounds of the other tests in this app may be due too.
        Task<int> Recorded() => app.WithDbAsync(db => db.InputRoundReminders.CountAsync(r => r.RoundId == id));
        await RunAsync(now);
        (await Recorded()).Should().Be(0, "the due time (two days before closing) has not come");
        await Task.WhenAll(RunAsync(now.AddDays(1.5)), RunAsync(now.AddDays(1.5)));
        (await Recorded()).Should().Be(9, "nine of the ten members have not answered; racing runs remind each once");
        await RunAsync(now.AddDays(2));
        var reminders = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind == "input-round-reminder" && m.TextBody.Contains($"/innspill/{id}"))
            .Select(m => m.To).ToListAsync());
        reminders.Should().OnlyHaveUniqueItems().And.Contain(DemoIds.Contact).And.NotContain(DemoIds.SeatHolder, "NHO has answered");
        (await Recorded()).Should().Be(9);
    }

    [Fact]
    public async Task RemovingTheAgendaItemOfARound_KeepsTheRound_TiedToTheMeetingOnly()
    {
        var network = await app.NetworkAsync();
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var meeting = (await (await secretariat.PostAsync($"/api/bodies/{network}/meetings", new
        {
            title = "Møte med innspillsrunde", startsAt = "2027-06-24T12:00:00", endsAt = "2027-06-24T14:00:00", format = "Digital",
        })).ShouldBe(HttpStatusCode.Created))!["id"]!.GetValue<string>();
        var agenda = (await (await secretariat.PostAsync($"/api/meetings/{meeting}/agenda-items",
            new { title = "Innspill til strategien", kind = "Discussion", durationMinutes = 30 })).ShouldBe(HttpStatusCode.OK))!;
        var item = agenda["agenda"]!.AsArray().Single(a => a!["title"]!.GetValue<string>() == "Innspill til strategien")!["id"]!.GetValue<string>();
        var round = (await (await secretariat.PostAsync($"/api/bodies/{network}/input-rounds", new
        {
            title = "Innspill før møtet", agendaItemId = item, opensAt = OsloNow.AddHours(-1), closesAt = OsloNow.AddDays(5),
            mode = "PerOrganisation", questions = Questions(),
        })).ShouldBe(HttpStatusCode.Created))!;
        round["meetingId"]!.GetValue<string>().Should().Be(meeting);

        await (await secretariat.DeleteAsync($"/api/meetings/{meeting}/agenda-items/{item}")).ShouldBe(HttpStatusCode.OK);
        var kept = await secretariat.GetNodeAsync($"/api/input-rounds/{round["id"]}");
        kept["agendaItemId"].Should().BeNull("the item is gone");
        kept["meetingId"]!.GetValue<string>().Should().Be(meeting, "the round stays with the meeting");
    }

    [Fact]
    public async Task PublishedSummary_GoesIntoTheDraftMinutes_AtTheRoundsAgendaItem_AndMembersReadIt()
    {
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var network = await app.NetworkAsync();
        var meeting = await app.FirstMeetingAsync();
        var round = await app.WithDbAsync(db => db.InputRounds.Where(r => r.BodyId == network && r.AgendaItemId != null).Select(r => r.Id).SingleAsync());
        await (await secretariat.PostAsync($"/api/input-rounds/{round}/summary/minutes")).ShouldBeProblem(HttpStatusCode.Conflict, code: "input_round_no_minutes");
        await (await secretariat.PostAsync($"/api/meetings/{meeting}/minutes")).ShouldBe(HttpStatusCode.Created);
        await (await secretariat.PostAsync($"/api/input-rounds/{round}/summary/minutes")).ShouldBe(HttpStatusCode.NoContent);
        var minutes = await secretariat.GetNodeAsync($"/api/meetings/{meeting}/minutes");
        var entry = minutes["entries"]!.AsArray().Single(e => e!["title"]!.GetValue<string>() == "Forventningsrunde")!;
        entry["notes"]!.GetValue<string>().Should().Contain("Oppsummering av innspillsrunden «Forventningsrunde»").And.Contain("Nettverksmøtene rangeres høyest");

        using var member = await app.SignInAsync(DemoIds.SeatHolder);
        var read = await member.GetNodeAsync($"/api/input-rounds/{round}");
        read["phase"]!.GetValue<string>().Should().Be("Closed");
        read["summaryHtml"]!.GetValue<string>().Should().Contain("Nettverksmøtene rangeres høyest");
        read["groups"]!.AsArray().Should().BeEmpty("the groups' secret links are the secretariat's");
    }

    async Task<int> RunAsync(DateTime now)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InputRoundReminders>().SendRemindersAsync(now, default);
    }
}
