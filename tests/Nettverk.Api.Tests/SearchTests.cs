using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Search;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>Full-text search in the database's own index (SQLite FTS5 here): Norwegian words and prefixes, each caller
/// finding only what they may read, the public finding only public text, user input never read as query syntax, and an
/// index that follows every edit.</summary>
public sealed class SearchTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    static List<JsonNode> Hits(JsonNode page) => page["items"]!.AsArray().Select(i => i!).ToList();
    static List<string> Titles(JsonNode page) => Hits(page).Select(h => h["title"]!.GetValue<string>()).ToList();

    static async Task<JsonNode> SearchAsync(ApiClient client, string q, string? kind = null) =>
        await client.GetNodeAsync($"/api/search?q={Uri.EscapeDataString(q)}" + (kind is null ? "" : $"&kind={kind}"));

    static async Task<JsonNode> PublicSearchAsync(ApiClient client, string q) =>
        await client.GetNodeAsync($"/api/public/search?q={Uri.EscapeDataString(q)}");

    [Fact]
    public async Task Search_FindsNorwegianWords_WithÆøå_CaseFolded_AndAsPrefixes()
    {
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var item = Hits(await SearchAsync(secretariat, "Østfold")).Should().ContainSingle(h => h["kind"]!.GetValue<string>() == "AgendaItem").Which;
        item["title"]!.GetValue<string>().Should().Be("3/21 Erfaringer fra kompetanseforum Østfold");
        item["meetingId"]!.GetValue<Guid>().Should().Be(await app.FirstMeetingAsync());
        item["meetingTitle"]!.GetValue<string>().Should().Be("Oppstartsmøte");
        item["body"]!["name"]!.GetValue<string>().Should().Be(Nettverk.Api.Demo.DemoData.NetworkName);
        var match = item["titleMatches"]!.AsArray().Should().ContainSingle().Which!;
        item["title"]!.GetValue<string>().Substring(match["start"]!.GetValue<int>(), match["length"]!.GetValue<int>()).Should().Be("Østfold");

        Titles(await SearchAsync(secretariat, "østf")).Should().Contain("3/21 Erfaringer fra kompetanseforum Østfold", "each word is a prefix");
        Titles(await SearchAsync(secretariat, "ØSTFOLD")).Should().Contain("3/21 Erfaringer fra kompetanseforum Østfold", "case folds beyond a–z");
        Titles(await SearchAsync(secretariat, "møteplan arbeidsf")).Should().Equal("7/21 Møteplan og arbeidsform");
        Titles(await SearchAsync(secretariat, "Oppstartsmøte", "Meeting")).Should().Equal("Oppstartsmøte");
        Titles(await SearchAsync(secretariat, "Sørøst")).Should().Contain("Universitetet i Sørøst-Norge");
        // å is a letter of its own, not an a with a ring: "far" (father) is not "får".
        Titles(await SearchAsync(secretariat, "ostfold")).Should().BeEmpty();
        // Words in the text are found too, and the snippet is plain text with the match marked by offsets.
        var described = Hits(await SearchAsync(secretariat, "fylkestinget 9")).Should().Contain(h => h["kind"]!.GetValue<string>() == "AgendaItem").Which;
        var snippet = described["snippet"]!.GetValue<string>();
        snippet.Should().Contain("Mandatet ble vedtatt av fylkestinget");
        described["snippetMatches"]!.AsArray().Select(m => snippet.Substring(m!["start"]!.GetValue<int>(), m["length"]!.GetValue<int>()))
            .Should().Contain("fylkestinget");
    }

    [Fact]
    public async Task People_AreFoundOnlyByTheRegistrysKeepers()
    {
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        using var seatHolder = await app.SignInAsync(DemoIds.SeatHolder);
        Titles(await SearchAsync(secretariat, "Marte Solberg", "Person")).Should().Equal("Marte Solberg");
        Titles(await SearchAsync(seatHolder, "Marte Solberg")).Should().BeEmpty("people are the registry's business, as /api/people is");
        Titles(await SearchAsync(seatHolder, "NHO")).Should().Contain("NHO Vestfold og Telemark", "every signed-in user lists organisations");
    }

    [Fact]
    public async Task AMemberOfOneBody_DoesNotFind_AnotherBodysPrivateMeetingsItemsOrMinutes()
    {
        var meetingId = await PrivateMeetingWithPublishedMinutesAsync();
        using var insider = await app.SignInAsync(await app.OtherBodySeatHolderAsync());
        using var seatHolder = await app.SignInAsync(DemoIds.SeatHolder);
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        using var admin = await app.SignInAsync(DemoIds.Admin);
        using var anonymous = app.Client();

        foreach (var word in new[] { "Kvernhusbekken", "Trollfjordsaken", "Kraftverkstedet" })
        {
            Hits(await SearchAsync(insider, word)).Should().NotBeEmpty($"'{word}' is in the reader's own body");
            Hits(await SearchAsync(admin, word)).Should().NotBeEmpty("administrators read every body");
            Hits(await SearchAsync(seatHolder, word)).Should().BeEmpty($"'{word}' is in a private body the reader has no role in");
            Hits(await SearchAsync(secretariat, word)).Should().BeEmpty("the global secretariat reads public bodies only");
            Hits(await PublicSearchAsync(anonymous, word)).Should().BeEmpty("the body is private, though its minutes are marked public");
        }
        var minutes = Hits(await SearchAsync(insider, "Trollfjordsaken")).Should().ContainSingle().Which;
        minutes["kind"]!.GetValue<string>().Should().Be("Minutes");
        minutes["id"]!.GetValue<Guid>().Should().Be(meetingId, "the minutes' page is the meeting's");
    }

    [Fact]
    public async Task PublicSearch_FindsPublicMinutesOfPublicBodies_WithoutTheirNonPublicText()
    {
        var meeting = await app.FirstMeetingAsync();
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        using var seatHolder = await app.SignInAsync(DemoIds.SeatHolder);
        using var anonymous = app.Client();
        await PublishAsync(secretariat, meeting, isPublic: true,
            "Kompetanseløftet ble lagt fram.\n\n::: ikke-offentlig\nEn pågående Grenlandspersonalsak ble omtalt.\n:::", nonPublicEntryNotes: "Fortrolig Skjærgårdsbudsjett.");

        var hit = Hits(await PublicSearchAsync(anonymous, "kompetanseløft")).Should().ContainSingle().Which;
        hit["kind"]!.GetValue<string>().Should().Be("Minutes");
        hit["id"]!.GetValue<Guid>().Should().Be(meeting);
        hit["title"]!.GetValue<string>().Should().Be("Oppstartsmøte");
        hit["snippet"]!.GetValue<string>().Should().Contain("Kompetanseløftet").And.NotContain("Grenlandspersonalsak");
        Hits(await PublicSearchAsync(anonymous, "Grenlandspersonalsak")).Should().BeEmpty("a non-public paragraph is not public");
        Hits(await PublicSearchAsync(anonymous, "Skjærgårdsbudsjett")).Should().BeEmpty("a non-public entry shows only its title");
        Hits(await PublicSearchAsync(anonymous, "Oppstartsmøte")).Should().ContainSingle("only minutes are public; the meeting itself has no public page");
        Hits(await PublicSearchAsync(anonymous, "Marte")).Should().BeEmpty("people are never public");

        // Members read the whole published text.
        Hits(await SearchAsync(seatHolder, "Grenlandspersonalsak")).Should().ContainSingle(h => h!["kind"]!.GetValue<string>() == "Minutes");
        Hits(await SearchAsync(seatHolder, "Skjærgårdsbudsjett")).Should().ContainSingle();
        // Snippets are text: the fence around a non-public passage is a label, not Markdown syntax.
        var members = Hits(await SearchAsync(seatHolder, "Grenlandspersonalsak")).Single()["snippet"]!.GetValue<string>();
        members.Should().Contain("Ikke offentlig").And.NotContain(":::").And.NotContain("**");
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("NEAR")]
    [InlineData("NEAR(møte plan)")]
    [InlineData("-møte")]
    [InlineData("title:møte")]
    [InlineData("(")]
    [InlineData(")")]
    [InlineData("møte OR plan")]
    [InlineData("\"møte*")]
    [InlineData("^møte AND NOT")]
    [InlineData("{Title Text}: møte")]
    [InlineData("'; DROP TABLE SearchDocuments; --")]
    [InlineData("%_\\")]
    [InlineData("")]
    [InlineData("   ")]
    public async Task QuerySyntaxFromTheUser_Answers200Or400NamingQ_Never500(string q)
    {
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        using var anonymous = app.Client();
        foreach (var (client, url) in new[] { (secretariat, "/api/search"), (anonymous, "/api/public/search") })
        {
            var response = await client.GetAsync($"{url}?q={Uri.EscapeDataString(q)}");
            response.StatusCode.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.BadRequest);
            if (response.StatusCode == HttpStatusCode.BadRequest) await response.ShouldBeProblem(HttpStatusCode.BadRequest, "q");
        }
    }

    [Fact]
    public async Task MissingOrOverlongQuery_IsRefusedNamingQ()
    {
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        async Task Refused(string url, string code) =>
            (await (await secretariat.GetAsync(url)).ShouldBeProblem(HttpStatusCode.BadRequest, "q"))["fieldErrors"]!["q"]![0]!["code"]!
                .GetValue<string>().Should().Be(code);
        await Refused("/api/search", "required");
        await Refused($"/api/search?q={new string('a', 201)}", "too_long");
        await Refused("/api/search?q=%22*%22", "required");
        await Refused($"/api/search?q={string.Join("+", Enumerable.Range(1, 13))}", "too_many");
        (await app.Client().GetAsync("/api/search?q=møte")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TheIndexFollowsAnEdit_ARenamedBodyIsFoundByItsNewNameOnly()
    {
        using var admin = await app.SignInAsync(DemoIds.Admin);
        var body = await app.BodyAsync("Krafttak – referansegruppe");
        Titles(await SearchAsync(admin, "referansegruppe", "Body")).Should().Contain("Krafttak – referansegruppe");
        await (await admin.PutAsync($"/api/bodies/{body}", new { name = "Kraftsamling – brukerpanel", kind = "ReferenceGroup" })).ShouldBe(HttpStatusCode.OK);
        Titles(await SearchAsync(admin, "referansegruppe", "Body")).Should().NotContain("Krafttak – referansegruppe")
            .And.Contain(Nettverk.Api.Demo.DemoData.NetworkName, "the network's mandate still names its reference group");
        Titles(await SearchAsync(admin, "brukerpanel", "Body")).Should().Equal("Kraftsamling – brukerpanel");
    }

    [Fact]
    public async Task AnIndexThatIsMissing_IsRebuiltAtStartUp()
    {
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        await app.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM SearchDocuments; DELETE FROM SearchIndexState;");
            return 0;
        });
        Titles(await SearchAsync(secretariat, "Østfold")).Should().BeEmpty();
        await SearchIndexRebuild.EnsureAsync(app.Services);
        Titles(await SearchAsync(secretariat, "Østfold")).Should().Contain("3/21 Erfaringer fra kompetanseforum Østfold");
        var rows = await app.WithDbAsync(db => db.SearchDocuments.CountAsync());
        await SearchIndexRebuild.EnsureAsync(app.Services);
        (await app.WithDbAsync(db => db.SearchDocuments.CountAsync())).Should().Be(rows, "a current index is left as it is");
    }

    /// <summary>A held meeting of the private Krafttak project group with an agenda item and published minutes (marked
    /// public, which a private body's minutes never are to the public).</summary>
    async Task<Guid> PrivateMeetingWithPublishedMinutesAsync()
    {
        var body = await app.BodyAsync("Krafttak – prosjektgruppe");
        var meetingId = await app.WithDbAsync(async db =>
        {
            var meeting = new Meeting(body, "Kraftverkstedet", new DateTime(2025, 2, 3, 10, 0, 0), new DateTime(2025, 2, 3, 12, 0, 0),
                MeetingFormat.Digital, null, null, isOpen: false);
            var item = new AgendaItem(meeting.Id, body, 1, 2025, 1);
            item.Describe("Budsjett", AgendaItemKind.Decision, "Utbyggingen ved Kvernhusbekken.", null, null, 30);
            db.Meetings.Add(meeting);
            db.AgendaItems.Add(item);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        using var admin = await app.SignInAsync(DemoIds.Admin);
        await PublishAsync(admin, meetingId, isPublic: true, "Trollfjordsaken ble drøftet.");
        return meetingId;
    }

    /// <summary>Minutes started, the first entry's notes written (and the fifth made non-public when asked), approved and published.</summary>
    static async Task PublishAsync(ApiClient secretariat, Guid meetingId, bool isPublic, string notes, string? nonPublicEntryNotes = null)
    {
        var url = $"/api/meetings/{meetingId}/minutes";
        var draft = (await (await secretariat.PostAsync(url)).ShouldBe(HttpStatusCode.Created))!;
        var entries = draft["entries"]!.AsArray();
        var changes = new List<object> { new { id = entries[0]!["id"]!.GetValue<string>(), notes } };
        if (nonPublicEntryNotes is not null) changes.Add(new { id = entries[4]!["id"]!.GetValue<string>(), notes = nonPublicEntryNotes, isPublic = false });
        var saved = (await (await secretariat.PutAsync(url, new { version = draft["version"]!.GetValue<int>(), isPublic, entries = changes }))
            .ShouldBe(HttpStatusCode.OK))!;
        var approved = (await (await secretariat.PostAsync($"{url}/approve", new { version = saved["version"]!.GetValue<int>() })).ShouldBe(HttpStatusCode.OK))!;
        await (await secretariat.PostAsync($"{url}/publish", new { version = approved["version"]!.GetValue<int>() })).ShouldBe(HttpStatusCode.OK);
    }
}
