using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Tests.Infrastructure;
using Nettverk.Tests.Documents;

namespace Nettverk.Api.Tests;

/// <summary>A report from the seed network to its three committees over HTTP, with every role: the secretariat picks the
/// published minutes of the first meeting, a decision, an action item and the attendance; bad input names the field;
/// sending reaches every committee member once; the saksframlegg reads back from PDF and Word; Yrkesopplæringsnemnda's
/// secretariat records a statement that asks the network to act, which becomes the network's action item; the committee
/// member's list, the start entry, the timeline and the public list show it.</summary>
public sealed class ReportFlowTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    const string Background = "Nettverket har hatt sitt første møte og behandlet mandatet.";
    const string Decision = "Mandatet tas til orientering. Nettverket ønsker å være høringsinstans.";
    const string StatementText = "Nemnda ber nettverket legge vekt på lærlingordningen.";

    [Fact]
    public async Task AReport_IsDraftedSentAnsweredAndListed_AndEachRoleSeesWhatItMay()
    {
        var network = await app.NetworkAsync();
        var meeting = await app.FirstMeetingAsync();
        var nemnda = await app.BodyAsync("Yrkesopplæringsnemnda");
        var utdanning = await app.BodyAsync("Hovedutvalg for utdanning og kompetanse");
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        using var seatHolder = await app.SignInAsync(DemoIds.SeatHolder);
        using var committeeMember = await app.SignInAsync(DemoIds.CommitteeMember);
        using var other = await app.SignInAsync(await app.OtherBodySeatHolderAsync());
        using var admin = await app.SignInAsync(DemoIds.Admin);
        using var anonymous = app.Client();
        using var nemndaSecretary = await app.SignInAsync(await SecretaryOfAsync(nemnda));
        using var utdanningSecretary = await app.SignInAsync(await SecretaryOfAsync(utdanning));

        // Published minutes of the first meeting (17 March 2021) with a decision and an action item.
        var (entryId, actionItemId) = await PublishFirstMinutesAsync(secretariat, meeting);

        // The candidates of March 2021: the minutes, the decision, the action item; the three committees by default.
        var candidatesUrl = $"/api/bodies/{network}/report-candidates?from=2021-03-01&to=2021-03-31";
        var candidates = (await (await secretariat.GetAsync(candidatesUrl)).ShouldBe(HttpStatusCode.OK))!;
        candidates["minutes"]!.AsArray().Select(m => m!["meetingId"]!.GetValue<Guid>()).Should().Equal(meeting);
        candidates["decisions"]!.AsArray().Should().Contain(d => d!["entryId"]!.GetValue<Guid>() == entryId);
        candidates["actionItems"]!.AsArray().Should().Contain(a => a!["id"]!.GetValue<Guid>() == actionItemId);
        candidates["committees"]!.AsArray().Count(c => c!["isDefault"]!.GetValue<bool>()).Should().Be(3);
        await (await seatHolder.GetAsync(candidatesUrl)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await other.GetAsync(candidatesUrl)).ShouldBeProblem(HttpStatusCode.NotFound);

        // Bad input names the field.
        var reports = $"/api/bodies/{network}/reports";
        await (await secretariat.PostAsync(reports, Input("", "2021-03-01", "2021-03-31"))).ShouldBeFieldError("title", "required");
        await (await secretariat.PostAsync(reports, Input("Rapport", "2021-03-31", "2021-03-01"))).ShouldBeFieldError("periodTo", "report_period_ends_before_start");
        await (await secretariat.PostAsync(reports, Input("Rapport", "2021-04-01", "2021-04-30", minutesIds: [meeting])))
            .ShouldBeFieldError("minutesIds[0]", "report_content_not_available");
        await (await secretariat.PostAsync(reports, Input("Rapport", "2021-03-01", "2021-03-31", actionItemIds: [actionItemId, Guid.NewGuid()])))
            .ShouldBeFieldError("actionItemIds[1]", "report_content_not_available");
        await (await secretariat.PostAsync(reports, Input("Rapport", "2021-03-01", "2021-03-31", committeeIds: [nemnda, network])))
            .ShouldBeFieldError("committeeIds[1]", "reports_to_not_committee");
        await (await seatHolder.PostAsync(reports, Input("Rapport", "2021-03-01", "2021-03-31"))).ShouldBeProblem(HttpStatusCode.Forbidden);

        // The draft: only the secretariat (and administrators) read it.
        var draft = (await (await secretariat.PostAsync(reports, Input("Rapport om oppstarten", "2021-03-01", "2021-03-31", [meeting], [entryId],
            [actionItemId], includeAttendance: true))).ShouldBe(HttpStatusCode.Created))!;
        var id = draft["id"]!.GetValue<Guid>();
        draft["state"]!.GetValue<string>().Should().Be("Draft");
        draft["committeeIds"]!.AsArray().Should().HaveCount(3, "the network's reporting lines are the default");
        draft["canSend"]!.GetValue<bool>().Should().BeTrue();
        var url = $"/api/reports/{id}";
        foreach (var reader in new[] { seatHolder, committeeMember, other, nemndaSecretary })
            await (await reader.GetAsync(url)).ShouldBeProblem(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await admin.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await seatHolder.GetItemsAsync(reports)).Should().NotContain(r => r!["id"]!.GetValue<Guid>() == id);
        (await secretariat.GetItemsAsync(reports)).Should().Contain(r => r!["id"]!.GetValue<Guid>() == id);

        // A stale save is refused; the current one goes through.
        var version = draft["version"]!.GetValue<int>();
        var edit = Input("Rapport om oppstarten", "2021-03-01", "2021-03-31", [meeting], [entryId], [actionItemId], includeAttendance: true);
        edit["version"] = version - 1;
        await (await secretariat.PutAsync(url, edit)).ShouldBeProblem(HttpStatusCode.Conflict, code: "report_conflict");
        edit["version"] = version;
        var saved = (await (await secretariat.PutAsync(url, edit)).ShouldBe(HttpStatusCode.OK))!;
        saved["version"]!.GetValue<int>().Should().BeGreaterThan(version);

        // Send: once, to every committee member (representatives and deputies) and secretary, one e-mail each.
        await (await seatHolder.PostAsync($"{url}/send")).ShouldBeProblem(HttpStatusCode.NotFound); // a draft is hidden from the members
        var sent = (await (await secretariat.PostAsync($"{url}/send")).ShouldBe(HttpStatusCode.OK))!;
        sent["state"]!.GetValue<string>().Should().Be("Sent");
        sent["canEdit"]!.GetValue<bool>().Should().BeFalse();
        await (await secretariat.PostAsync($"{url}/send")).ShouldBeProblem(HttpStatusCode.Conflict, code: "report_already_sent");
        var expected = await CommitteeAddressesAsync();
        var mails = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind == "report-sent").Select(m => new { m.To, m.TextBody }).ToListAsync());
        mails.Select(m => m.To.ToUpperInvariant()).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(expected);
        mails.Select(m => m.To).Should().Contain(DemoIds.CommitteeMember);
        mails[0].TextBody.Should().Contain($"/rapporter/{id}").And.Contain($"/api/reports/{id}/document.pdf");
        await (await secretariat.PutAsync(url, edit)).ShouldBeProblem(HttpStatusCode.Conflict, code: "report_not_draft");
        await (await secretariat.DeleteAsync(url)).ShouldBeProblem(HttpStatusCode.Conflict, code: "report_not_draft");

        // Sent: the body's members and the committees' members and secretaries read it; others do not.
        foreach (var reader in new[] { seatHolder, committeeMember, nemndaSecretary, admin })
            (await reader.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK);
        await (await other.GetAsync(url)).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await other.GetAsync($"{url}/document.pdf")).ShouldBeProblem(HttpStatusCode.NotFound);

        // The saksframlegg in PDF and Word: sections and picked content.
        var pdf = Poppler.FlatText(await DownloadAsync(committeeMember, $"{url}/document.pdf"));
        var word = WordText(await DownloadAsync(nemndaSecretary, $"{url}/document.docx"));
        foreach (var text in new[] { pdf, word })
            text.Should().Contain("Saksframlegg").And.Contain("Rapport om oppstarten").And.Contain("Bakgrunn").And.Contain(Background)
                .And.Contain("Vurdering").And.Contain("Forslag til vedtak").And.Contain("Vedlegg/innhold").And.Contain("Oppstartsmøte")
                .And.Contain("Yrkesopplæringsnemnda").And.Contain("Sak 4/21").And.Contain("Mandatet tas til orientering")
                .And.Contain("Sende innspill til").And.Contain("Oppmøte per organisasjon").And.Contain("NHO Vestfold og Telemark");

        // The statement: the committee's secretariat only; bad input names the field.
        var statementUrl = $"{url}/committees/{nemnda}/statement";
        var statement = new
        {
            meetingDate = "2021-04-20", caseNumber = "12/21", text = StatementText, decision = "Nemnda tar rapporten til orientering.",
            requestedAction = new { what = "Legge fram en plan for flere læreplasser", dueOn = "2021-09-01" },
        };
        await (await committeeMember.PutAsync(statementUrl, statement)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await utdanningSecretary.PutAsync(statementUrl, statement)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await secretariat.PutAsync(statementUrl, statement)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await other.PutAsync(statementUrl, statement)).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await nemndaSecretary.PutAsync(statementUrl, statement with { text = " " })).ShouldBeFieldError("text", "required");
        var recorded = (await (await nemndaSecretary.PutAsync(statementUrl, statement)).ShouldBe(HttpStatusCode.OK))!;
        var askedItem = recorded["actionItemId"]!.GetValue<Guid>();
        // A correction keeps the statement and its one action item.
        var corrected = (await (await nemndaSecretary.PutAsync(statementUrl, statement with { text = StatementText + " Rettet." }))
            .ShouldBe(HttpStatusCode.OK))!;
        corrected["actionItemId"]!.GetValue<Guid>().Should().Be(askedItem);
        corrected["correctedBy"].Should().NotBeNull();
        var detail = await seatHolder.GetNodeAsync(url);
        var line = detail["committees"]!.AsArray().Single(c => c!["committeeId"]!.GetValue<Guid>() == nemnda)!;
        line["status"]!.GetValue<string>().Should().Be("StatementReceived");
        line["statement"]!["caseNumber"]!.GetValue<string>().Should().Be("12/21");

        // The statement's action item is the network's, live, with the committee's case number and no meeting.
        var items = await seatHolder.GetItemsAsync($"/api/bodies/{network}/action-items");
        var item = items.Single(i => i!["id"]!.GetValue<Guid>() == askedItem)!;
        item["caseNumber"]!.GetValue<string>().Should().Be("12/21");
        item["meetingId"].Should().BeNull();
        item["isLive"]!.GetValue<bool>().Should().BeTrue();
        (await secretariat.GetAsync($"/api/bodies/{network}/action-items.csv")).StatusCode.Should().Be(HttpStatusCode.OK);

        // The committee member's list: newest first, across bodies, with status.
        var mine = await committeeMember.GetItemsAsync("/api/me/committee-reports");
        mine[0]!["reportId"]!.GetValue<Guid>().Should().Be(id);
        mine[0]!["committeeId"]!.GetValue<Guid>().Should().Be(utdanning);
        mine[0]!["status"]!.GetValue<string>().Should().Be("Sent");
        mine.Should().Contain(r => r!["title"]!.GetValue<string>().StartsWith("Forslag til mandat"), "the demo's report too");
        (await other.GetItemsAsync("/api/me/committee-reports")).Should().BeEmpty();
        var nemndaRows = await nemndaSecretary.GetItemsAsync("/api/me/committee-reports");
        nemndaRows.Single(r => r!["reportId"]!.GetValue<Guid>() == id)!["canRecordStatement"]!.GetValue<bool>().Should().BeTrue();

        // The start page of a committee secretariat without a statement yet lists the report to treat.
        var start = await utdanningSecretary.GetNodeAsync("/api/me/start");
        start["sections"]!.AsArray().Single(s => s!["kind"]!.GetValue<string>() == "ReportToTreat")!["items"]!.AsArray()
            .Should().Contain(i => i!["id"]!.GetValue<Guid>() == id);
        var nemndaStart = await nemndaSecretary.GetNodeAsync("/api/me/start");
        (nemndaStart["sections"]!.AsArray().SingleOrDefault(s => s!["kind"]!.GetValue<string>() == "ReportToTreat")?["items"]?.AsArray()
            ?? new JsonArray()).Should().NotContain(i => i!["id"]!.GetValue<Guid>() == id, "its statement is recorded");

        // The body's timeline, newest first.
        var timeline = await seatHolder.GetItemsAsync($"/api/bodies/{network}/timeline?pageSize=200");
        var kinds = timeline.Select(e => e!["kind"]!.GetValue<string>()).ToList();
        kinds.Should().Contain(["ReportSent", "StatementReceived", "MinutesPublished", "MeetingHeld", "HearingClosed"]);
        timeline.Select(e => e!["at"]!.GetValue<DateTime>()).Should().BeInDescendingOrder();
        timeline.Should().Contain(e => e!["kind"]!.GetValue<string>() == "StatementReceived" && e["committeeName"]!.GetValue<string>() == "Yrkesopplæringsnemnda");
        await (await other.GetAsync($"/api/bodies/{network}/timeline")).ShouldBeProblem(HttpStatusCode.NotFound);

        // Public: the statements on the network's sent reports, to anyone.
        var statements = (await (await anonymous.GetAsync($"/api/public/bodies/{network}/committee-statements")).ShouldBe(HttpStatusCode.OK))!.AsArray();
        statements.Should().Contain(s => s!["caseNumber"]!.GetValue<string>() == "12/21" && s["reportTitle"]!.GetValue<string>() == "Rapport om oppstarten");
        statements.Should().Contain(s => s!["meetingDate"]!.GetValue<string>() == "2021-02-09", "the demo's statement of 9 February 2021");
        (await anonymous.GetAsync($"/api/public/bodies/{Guid.NewGuid()}/committee-statements")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    static JsonObject Input(string title, string from, string to, Guid[]? minutesIds = null, Guid[]? decisionEntryIds = null,
        Guid[]? actionItemIds = null, bool includeAttendance = false, Guid[]? committeeIds = null)
    {
        var input = new JsonObject
        {
            ["title"] = title, ["periodFrom"] = from, ["periodTo"] = to, ["background"] = Background,
            ["assessment"] = "Arbeidet er godt i gang.", ["proposedDecision"] = "Utvalget tar rapporten til orientering.",
            ["minutesIds"] = Ids(minutesIds), ["decisionEntryIds"] = Ids(decisionEntryIds), ["actionItemIds"] = Ids(actionItemIds),
            ["includeAttendance"] = includeAttendance,
        };
        if (committeeIds is not null) input["committeeIds"] = Ids(committeeIds);
        return input;
    }

    static JsonArray Ids(Guid[]? ids) => new((ids ?? []).Select(i => (JsonNode)JsonValue.Create(i.ToString())).ToArray());

    async Task<(Guid EntryId, Guid ActionItemId)> PublishFirstMinutesAsync(ApiClient secretariat, Guid meeting)
    {
        var url = $"/api/meetings/{meeting}/minutes";
        var draft = (await (await secretariat.PostAsync(url)).ShouldBe(HttpStatusCode.Created))!;
        var entry = draft["entries"]![3]!["id"]!.GetValue<Guid>();
        var lo = await app.OrganisationAsync("LO Vestfold og Telemark");
        var saved = (await (await secretariat.PutAsync(url, new
        {
            version = draft["version"]!.GetValue<int>(), isPublic = true,
            entries = new[]
            {
                new { id = entry, decision = Decision,
                    actionItems = new[] { new { what = "Sende innspill til kunnskapsgrunnlaget", responsibleOrganisationId = lo, dueOn = "2021-04-15" } } },
            },
        })).ShouldBe(HttpStatusCode.OK))!;
        var actionItem = saved["entries"]![3]!["actionItems"]![0]!["id"]!.GetValue<Guid>();
        var approved = (await (await secretariat.PostAsync($"{url}/approve", new { version = saved["version"]!.GetValue<int>() })).ShouldBe(HttpStatusCode.OK))!;
        await (await secretariat.PostAsync($"{url}/publish", new { version = approved["version"]!.GetValue<int>() })).ShouldBe(HttpStatusCode.OK);
        return (entry, actionItem);
    }

    async Task<string> SecretaryOfAsync(Guid committee)
    {
        var person = await app.WithDbAsync(db => db.BodySecretaries.Where(s => s.BodyId == committee).Select(s => s.PersonId).FirstAsync());
        return await app.AccountForAsync(person);
    }

    /// <summary>Representatives and deputies of the three committees' seats, and their secretaries (upper-cased addresses).</summary>
    Task<List<string>> CommitteeAddressesAsync() => app.WithDbAsync(async db =>
    {
        var committees = await db.Bodies.Where(b => b.Kind == Nettverk.Api.Features.Bodies.BodyKind.PoliticalCommittee).Select(b => b.Id).ToListAsync();
        var seats = await db.Seats.Where(s => committees.Contains(s.BodyId)).Select(s => s.RepresentativeId).ToListAsync();
        var deputies = await db.SeatDeputies.Where(d => committees.Contains(d.BodyId)).Select(d => (Guid?)d.PersonId).ToListAsync();
        var secretaries = await db.BodySecretaries.Where(s => committees.Contains(s.BodyId)).Select(s => (Guid?)s.PersonId).ToListAsync();
        var ids = seats.Concat(deputies).Concat(secretaries).OfType<Guid>().Distinct().ToList();
        return (await db.People.Where(p => ids.Contains(p.Id)).Select(p => p.Email).ToListAsync()).Select(e => e.ToUpperInvariant()).Distinct().ToList();
    });

    static async Task<byte[]> DownloadAsync(ApiClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsByteArrayAsync();
    }

    static string WordText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }
}
