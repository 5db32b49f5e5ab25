using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>The server-rendered public page of a body (/offentlig/organer/{slug}), its index, Atom feed and JSON twin;
/// the slug rules on the body form.</summary>
public sealed class PublicBodyPageTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    const string NetworkPage = "/offentlig/organer/nettverk-for-verdiskaping-og-kompetanse";

    [Fact]
    public async Task Page_OfAPublicBody_IsPlainHtml_WithItsSections_AndNoContactDetails()
    {
        using var client = app.Client();
        var response = await client.GetAsync(NetworkPage);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().StartWith("<!doctype html><html lang=\"nb\">").And.Contain("href=\"#main\"").And.Contain("<main id=\"main\"")
            .And.NotContain("<script", "the page works without JavaScript and loads none");
        Regex.Matches(html, "<h1[ >]").Count.Should().Be(1);
        // The plan shown is this year's, or the latest year with meetings: the demo's open meeting is on the next 19 August.
        Regex.IsMatch(html, ">Møteplan 20[0-9]{2}</h2>").Should().BeTrue();
        html.Should().Contain("<h1>Nettverk for verdiskaping og kompetanse</h1>").And.Contain("Vedtatt av Fylkestinget 9. mars 2021")
            .And.Contain(">Mandat</h2>").And.Contain("<h3>Treffpunkter</h3>").And.Contain(">Oppgaver</h2>")
            .And.Contain("Rapportere til politisk nivå").And.Contain(">Medlemsorganisasjoner</h2>").And.Contain("NHO Vestfold og Telemark")
            .And.Contain("Åpent nettverksmøte").And.Contain("/pamelding\"")
            .And.Contain("href=\"/offentlig/horinger/").And.Contain("Høring av fire regionale strategier")
            .And.Contain("webcal://").And.Contain("/calendar.ics")
            .And.Contain($"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"{NetworkPage}/feed.atom\"");
        html.Should().NotContain("Eirik Haugland", "the network does not publish its representatives by default")
            .And.NotContain("meet.example.org", "a closed meeting's video link is not public");
        Regex.Matches(html, @"[\w.+-]+@[\w-]+(\.[\w-]+)+").Select(m => m.Value).Distinct()
            .Should().BeEquivalentTo(["post@vtfk.example.org"], "only the site's contact address from configuration");
    }

    [Fact]
    public async Task Committee_PublishesItsMembersNames_ButNeverTheirAddresses()
    {
        using var client = app.Client();
        var html = await (await client.GetAsync("/offentlig/organer/hovedutvalg-for-utdanning-og-kompetanse")).Content.ReadAsStringAsync();
        html.Should().Contain("Kari Lunde").And.Contain("Arbeiderpartiet i Vestfold og Telemark").And.NotContain("utvalg@example.org")
            .And.NotContain("+47 9");
    }

    [Theory]
    [InlineData("/offentlig/organer/krafttak-prosjektgruppe")]
    [InlineData("/offentlig/organer/finnes-ikke")]
    [InlineData("/offentlig/organer/krafttak-prosjektgruppe/feed.atom")]
    public async Task PrivateOrUnknownBody_IsA404(string path)
    {
        using var client = app.Client();
        var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var text = await response.Content.ReadAsStringAsync();
        text.Should().NotContain("Krafttak");
        if (!path.EndsWith(".atom")) text.Should().Contain("<h1>Fant ikke siden</h1>");
        await (await client.GetAsync("/api/public/bodies/krafttak-prosjektgruppe")).ShouldBeProblem(HttpStatusCode.NotFound, code: "not_found");
    }

    [Fact]
    public async Task Language_ComesFromTheQuery_ThenFromTheBrowser()
    {
        using var client = app.Client();
        var nn = await (await client.GetAsync(NetworkPage + "?lang=nn")).Content.ReadAsStringAsync();
        nn.Should().Contain("<html lang=\"nn\">").And.Contain(">Medlemsorganisasjonar</h2>").And.Contain("aria-current=\"true\">Nynorsk");
        var request = new HttpRequestMessage(HttpMethod.Get, NetworkPage);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-GB"));
        var en = await (await client.Http.SendAsync(request)).Content.ReadAsStringAsync();
        en.Should().Contain("<html lang=\"en\">").And.Contain(">Member organisations</h2>").And.Contain("Adopted by Fylkestinget on 9 March 2021");
    }

    [Fact]
    public async Task Index_ListsPublicBodiesByKind_NotPrivateOnes()
    {
        using var client = app.Client();
        var html = await (await client.GetAsync("/offentlig/organer")).Content.ReadAsStringAsync();
        html.Should().Contain(">Nettverk</h2>").And.Contain(">Politisk utvalg</h2>").And.Contain($"href=\"{NetworkPage}?lang=nb\"")
            .And.Contain("Yrkesopplæringsnemnda").And.NotContain("Krafttak");
    }

    [Fact]
    public async Task JsonTwin_HasTheSameData()
    {
        using var client = app.Client();
        var body = (await (await client.GetAsync("/api/public/bodies/nettverk-for-verdiskaping-og-kompetanse")).ShouldBe(HttpStatusCode.OK))!;
        body["name"]!.GetValue<string>().Should().Be("Nettverk for verdiskaping og kompetanse");
        body["members"]!.AsArray().Should().HaveCount(10);
        body["members"]!.AsArray().Should().OnlyContain(m => m!["representatives"]!.AsArray().Count == 0);
        body["hearings"]!.AsArray().Should().ContainSingle();
        body["statements"]!.AsArray().Select(x => x!["committeeName"]!.GetValue<string>()).Should().Equal("Yrkesopplæringsnemnda");
        body["calendarWebcalUrl"]!.GetValue<string>().Should().StartWith("webcal://");
    }

    [Fact]
    public async Task Feed_IsAtom_ThatIndependentParsersRead()
    {
        using var client = app.Client();
        var response = await client.GetAsync(NetworkPage + "/feed.atom");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/atom+xml");
        var feed = await ParseFeedAsync(await response.Content.ReadAsStringAsync());
        feed["type"]!.GetValue<string>().Should().Be("atom");
        feed["namespace"]!.GetValue<string>().Should().Be("http://www.w3.org/2005/Atom");
        feed["title"]!.GetValue<string>().Should().Contain("Nettverk for verdiskaping og kompetanse");
        feed["self"]!.GetValue<string>().Should().EndWith(NetworkPage + "/feed.atom");
        var items = feed["items"]!.AsArray();
        items.Select(i => i!["title"]!.GetValue<string>()).Should().Equal(
            "Høring avsluttet: Høring av fire regionale strategier", "Høring åpnet: Høring av fire regionale strategier",
            "Uttalelse fra Yrkesopplæringsnemnda");
        items.Select(i => i!["id"]!.GetValue<string>()).Should().OnlyHaveUniqueItems();
        items.Should().OnlyContain(i => i!["updated"] != null && (i["url"]!.GetValue<string>().Contains("/offentlig/horinger/")
            || i["url"]!.GetValue<string>().Contains("#h-statements")));
    }

    [Fact]
    public async Task Slug_IsMadeFromTheName_Validated_Unique_AndKeptOnRename()
    {
        using var admin = await app.SignInAsync(DemoIds.Admin);
        var created = (await (await admin.PostAsync("/api/bodies", new { name = "Årsmøte for Ærlige Øyer", kind = "WorkingGroup", isPublic = true }))
            .ShouldBe(HttpStatusCode.Created))!;
        created["slug"]!.GetValue<string>().Should().Be("arsmote-for-aerlige-oyer");
        created["publishRepresentatives"]!.GetValue<bool>().Should().BeFalse();
        var id = created["id"]!.GetValue<string>();

        await (await admin.PutAsync($"/api/bodies/{id}", new { name = "Årsmøte", kind = "WorkingGroup", isPublic = true, slug = "Ikke gyldig!" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, field: "slug");
        await (await admin.PutAsync($"/api/bodies/{id}", new { name = "Årsmøte", kind = "WorkingGroup", isPublic = true, slug = "nettverk-for-verdiskaping-og-kompetanse" }))
            .ShouldBeProblem(HttpStatusCode.Conflict, code: "body_slug_taken");
        var renamed = (await (await admin.PutAsync($"/api/bodies/{id}", new { name = "Nytt navn", kind = "WorkingGroup", isPublic = true }))
            .ShouldBe(HttpStatusCode.OK))!;
        renamed["slug"]!.GetValue<string>().Should().Be("arsmote-for-aerlige-oyer", "a rename keeps the address");
        var moved = (await (await admin.PutAsync($"/api/bodies/{id}", new { name = "Nytt navn", kind = "WorkingGroup", isPublic = true, slug = "nytt-navn" }))
            .ShouldBe(HttpStatusCode.OK))!;
        moved["slug"]!.GetValue<string>().Should().Be("nytt-navn");
        using var client = app.Client();
        (await client.GetAsync("/offentlig/organer/nytt-navn")).StatusCode.Should().Be(HttpStatusCode.OK);

        var committee = (await (await admin.PostAsync("/api/bodies", new { name = "Årsmøte for Ærlige Øyer", kind = "PoliticalCommittee" }))
            .ShouldBe(HttpStatusCode.Created))!;
        committee["slug"]!.GetValue<string>().Should().Be("arsmote-for-aerlige-oyer", "the first body gave its own up");
        committee["publishRepresentatives"]!.GetValue<bool>().Should().BeTrue("elected committee members are published by name");
    }

    /// <summary>Judged by tests/tools/atom-check.mjs (fast-xml-parser's validator and @rowanmanning/feed-parser).</summary>
    static async Task<JsonNode> ParseFeedAsync(string xml)
    {
        var file = Path.Combine(Path.GetTempPath(), $"nettverk-feed-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(file, xml);
        try
        {
            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(RepoRoot.Path, "tests", "tools", "atom-check.mjs"));
            start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.Should().Be(0, $"the feed parsers refused the feed: {await stderr}\n{xml}");
            return JsonNode.Parse(await stdout)!;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
