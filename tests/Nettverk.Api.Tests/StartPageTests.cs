using System.Net;
using System.Text.Json.Nodes;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>"Til meg": on the demo data with a called meeting ahead (an item the representative presents, without
/// papers), the first meeting's minutes on review with an action item for the representative, and LO's nomination
/// waiting, each caller sees exactly their own entries, and an entry leaves once it is done.</summary>
public sealed class StartPageTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    sealed record Setup(string MeetingId, string AgendaItemId, string MinutesUrl, string MinutesId, string NominationId);

    /// <summary>Runs once per app (one test uses it): the first meeting's minutes can be started only once.</summary>
    async Task<Setup> SetUpAsync()
    {
        var network = await app.NetworkAsync();
        var representative = await app.PersonAsync(DemoIds.SeatHolder);
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);

        var start = DateTime.Today.AddDays(30).AddHours(12);
        var meeting = (await (await secretariat.PostAsync($"/api/bodies/{network}/meetings", new
        {
            title = "Arbeidsmøte om kompetanse", startsAt = start, endsAt = start.AddHours(2), format = "Physical", location = "Fylkeshuset, Skien",
        })).ShouldBe(HttpStatusCode.Created))!;
        var meetingId = meeting["id"]!.GetValue<string>();
        var agenda = (await (await secretariat.PostAsync($"/api/meetings/{meetingId}/agenda-items", new
        {
            title = "Lærlingløftet i regionen", kind = "Discussion", presenterPersonId = representative, durationMinutes = 30,
        })).ShouldBe(HttpStatusCode.OK))!;
        var itemId = agenda["agenda"]!.AsArray().Single(i => i!["title"]!.GetValue<string>() == "Lærlingløftet i regionen")!["id"]!.GetValue<string>();
        await (await secretariat.PostAsync($"/api/meetings/{meetingId}/call")).ShouldBe(HttpStatusCode.OK);

        var minutesUrl = $"/api/meetings/{await app.FirstMeetingAsync()}/minutes";
        var draft = (await (await secretariat.PostAsync(minutesUrl)).ShouldBe(HttpStatusCode.Created))!;
        var saved = (await (await secretariat.PutAsync(minutesUrl, new
        {
            version = draft["version"]!.GetValue<int>(),
            entries = new[]
            {
                new
                {
                    id = draft["entries"]![5]!["id"]!.GetValue<string>(), decision = "Svarene følges opp.",
                    actionItems = new object[]
                    {
                        new { what = "Oppsummere forventningsrunden for næringslivet", responsiblePersonId = representative,
                            dueOn = Today.AddDays(-1).ToString("O") },
                        new { what = "Evaluere arbeidsformen", responsiblePersonId = representative, dueOn = Today.AddDays(60).ToString("O") },
                        new { what = "Sende oversikt over lærlingplasser", responsibleOrganisationId = await app.OrganisationAsync("LO Vestfold og Telemark"),
                            dueOn = Today.AddDays(2).ToString("O") },
                    },
                },
            },
        })).ShouldBe(HttpStatusCode.OK))!;
        var review = (await (await secretariat.PostAsync($"{minutesUrl}/review", new
        {
            version = saved["version"]!.GetValue<int>(), deadline = Today.AddDays(7).ToString("O"),
        })).ShouldBe(HttpStatusCode.OK))!;

        using var contact = await app.SignInAsync(DemoIds.Contact);
        var nomination = (await (await contact.PostAsync($"/api/bodies/{network}/nominations", new
        {
            organisationId = await app.OrganisationAsync("LO Vestfold og Telemark"),
            representative = new { name = "Turid Bakkevold", email = "turid.bakkevold@example.org" },
        })).ShouldBe(HttpStatusCode.Created))!;
        return new Setup(meetingId, itemId, minutesUrl, review["id"]!.GetValue<string>(), nomination["id"]!.GetValue<string>());
    }

    static async Task<JsonNode> StartAsync(ApiClient client) => await client.GetNodeAsync("/api/me/start");

    /// <summary>The sections as "Kind:total" with each entry's id, in the order the page shows them.</summary>
    static List<string> Sections(JsonNode start) => start["sections"]!.AsArray().Select(s =>
        $"{s!["kind"]}:{s["total"]}:[{string.Join(",", s["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()))}]").ToList();

    // The demo network's open meeting (Demo/DemoRegistrations.cs) is on its secretariat's start page too; these cases are about the meeting set up here.
    static List<string> NextMeetings(JsonNode start) => start["nextMeetings"]!.AsArray()
        .Where(m => m!["title"]?.GetValue<string>() != Nettverk.Api.Demo.DemoRegistrations.MeetingTitle).Select(m => m!["id"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task EachCaller_SeesExactlyTheirOwnEntries_OthersNone_AndAnEntryLeavesWhenDone()
    {
        var s = await SetUpAsync();
        using var representative = await app.SignInAsync(DemoIds.SeatHolder);
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        using var contact = await app.SignInAsync(DemoIds.Contact);

        var mine = await StartAsync(representative);
        var myInvitation = mine["sections"]![0]!["items"]![0]!;
        var actionItems = await representative.GetItemsAsync("/api/me/action-items");
        var overdue = actionItems.Single(a => a!["what"]!.GetValue<string>().StartsWith("Oppsummere"))!["id"]!.GetValue<string>();
        Sections(mine).Should().Equal(
            $"Invitation:1:[{myInvitation["id"]!.GetValue<string>()}]",
            $"PapersDue:1:[{s.AgendaItemId}]",
            $"MinutesReview:1:[{s.MinutesId}]",
            // The item due in 60 days is not yet on the page; LO's item is the organisation's, not the representative's.
            $"ActionItem:1:[{overdue}]");
        myInvitation["meeting"]!["id"]!.GetValue<string>().Should().Be(s.MeetingId);
        myInvitation["body"]!["name"]!.GetValue<string>().Should().Be("Nettverk for verdiskaping og kompetanse");
        var papers = mine["sections"]![1]!["items"]![0]!;
        papers["title"]!.GetValue<string>().Should().Be("Lærlingløftet i regionen");
        papers["caseNumber"]!.GetValue<string>().Should().MatchRegex(@"^\d+/\d\d$");
        var review = mine["sections"]![2]!["items"]![0]!;
        review["dueOn"]!.GetValue<string>().Should().Be(Today.AddDays(7).ToString("O"));
        review["meeting"]!["title"]!.GetValue<string>().Should().Be("Oppstartsmøte");
        var action = mine["sections"]![3]!["items"]![0]!;
        action["overdue"]!.GetValue<bool>().Should().BeTrue();
        action["dueOn"]!.GetValue<string>().Should().Be(Today.AddDays(-1).ToString("O"));
        NextMeetings(mine).Should().Equal(s.MeetingId);

        var theirs = await StartAsync(secretariat);
        Sections(theirs).Should().Equal($"NominationToDecide:1:[{s.NominationId}]");
        var toDecide = theirs["sections"]![0]!["items"]![0]!;
        toDecide["title"]!.GetValue<string>().Should().Be("LO Vestfold og Telemark");
        toDecide["detail"]!.GetValue<string>().Should().Be("Turid Bakkevold");
        NextMeetings(theirs).Should().Equal([s.MeetingId], "the secretariat runs it, though not invited");

        var contacts = await StartAsync(contact);
        Sections(contacts).Should().Equal($"NominationPending:1:[{s.NominationId}]");
        NextMeetings(contacts).Should().BeEmpty();

        using var other = await app.SignInAsync(await app.OtherBodySeatHolderAsync());
        var others = await StartAsync(other);
        Sections(others).Should().BeEmpty("a person of another body sees none of this body's entries");
        NextMeetings(others).Should().BeEmpty();

        // Done: the invitation answered, the minutes commented on, the action item done, the nomination decided.
        await (await representative.PostAsync($"/api/meetings/{s.MeetingId}/answer", new { answer = "Accepted" })).ShouldBe(HttpStatusCode.OK);
        Sections(await StartAsync(representative)).Should().NotContain(x => x.StartsWith("Invitation:"));
        await (await representative.PostAsync($"{s.MinutesUrl}/comments", new { text = "Ser bra ut." })).ShouldBe(HttpStatusCode.OK);
        var version = actionItems.Single(a => a!["id"]!.GetValue<string>() == overdue)!["version"]!.GetValue<int>();
        await (await representative.PutAsync($"/api/action-items/{overdue}/status", new { version, status = "Done" })).ShouldBe(HttpStatusCode.OK);
        Sections(await StartAsync(representative)).Should().Equal($"PapersDue:1:[{s.AgendaItemId}]");
        var after = await StartAsync(representative);
        after["nextMeetings"]![0]!["myAnswer"]!.GetValue<string>().Should().Be("Accepted");

        var network = await app.NetworkAsync();
        await (await secretariat.PostAsync($"/api/bodies/{network}/nominations/{s.NominationId}/approve")).ShouldBe(HttpStatusCode.OK);
        Sections(await StartAsync(secretariat)).Should().BeEmpty();
        Sections(await StartAsync(contact)).Should().BeEmpty();
    }

    [Fact]
    public async Task Anonymous_IsRefused()
    {
        using var anonymous = await app.AnonymousAsync();
        await (await anonymous.GetAsync("/api/me/start")).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }
}
