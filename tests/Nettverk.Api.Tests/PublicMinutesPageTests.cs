using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.PublicPages;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>The server-rendered public minutes (/offentlig/referat/{meetingId}): what getPublicMinutes shows, as plain HTML
/// without script; a 404 page for anything that is not published public minutes of a public body.</summary>
public sealed class PublicMinutesPageTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    const string Fenced = "Grenlandspersonalsaken";
    const string ExemptNotes = "Fortrolig Skjærgårdsbudsjett";
    const string NetworkPage = "/offentlig/organer/nettverk-for-verdiskaping-og-kompetanse";
    /// <summary>Case numbers of the meetings added here, clear of the demo's.</summary>
    static int caseNumber = 900;

    [Fact]
    public async Task Page_OfPublishedPublicMinutes_ShowsEntriesAttendanceAndDecisions_ButNothingThatIsNotPublic()
    {
        var meeting = await FirstMeetingPublishedAsync();
        using var client = app.Client();
        var response = await client.GetAsync($"/offentlig/referat/{meeting}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        response.Headers.CacheControl!.ToString().Should().Be("public, max-age=60");
        response.Headers.Vary.Should().Contain("Accept-Language");
        var html = await response.Content.ReadAsStringAsync();

        html.Should().StartWith("<!doctype html><html lang=\"nb\">").And.Contain("<main id=\"main\"")
            .And.NotContain("<script", "the page works without JavaScript and loads none, nor lets a user's text add one");
        html.Should().Contain("<title>Referat – Oppstartsmøte – Nettverk for verdiskaping og kompetanse – Nettverk</title>");
        Regex.Matches(html, "<h1[ >]").Count.Should().Be(1);
        html.Should().Contain("<h1>Referat: Oppstartsmøte</h1>")
            .And.Contain($"href=\"{NetworkPage}?lang=nb\">Nettverk for verdiskaping og kompetanse</a>")
            .And.Contain("17. mars 2021, 12:00–14:00, digitalt møte")
            .And.Contain("Versjon 1, publisert ")
            .And.Contain($"href=\"/api/public/meetings/{meeting}/minutes.pdf\" download type=\"application/pdf\">Last ned referatet (PDF)</a>");

        // Attendance: a real table with a caption and column headings, in a named region that a keyboard can scroll.
        html.Should().Contain("<div class=\"pp-table\" tabindex=\"0\" role=\"region\" aria-label=\"Oppmøte per plass\">")
            .And.Contain("<caption class=\"pp-sr-only\">Oppmøte per plass</caption>")
            .And.Contain("<th scope=\"col\">Organisasjon</th>").And.Contain("<td data-label=\"Organisasjon\">De private fagskolene</td>")
            .And.Contain("Vara møtte: ").And.Contain("Hilde Aamodt, Viken fylkeskommune, Innleder sak 3/21");

        // Entries: the public text, the decision and its action item; a non-public entry by its title only.
        html.Should().Contain("Sak 3/21 Erfaringer fra kompetanseforum Østfold</h3>")
            .And.Contain("Kompetanseforum Østfold har gode erfaringer").And.Contain("Presentasjonen sendes ut med referatet.")
            .And.Contain("Mandatet tas til orientering.")
            .And.Contain("Sende innspill til kunnskapsgrunnlaget – ansvarlig: LO Vestfold og Telemark – frist 15. april 2021")
            .And.Contain("Unntatt offentlighet");
        html.Should().NotContain(Fenced, "a non-public paragraph is left out").And.NotContain(ExemptNotes, "a non-public entry shows its title only")
            .And.NotContain("meet.example.org", "the video link is not public");
        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;", "what a user typed is text, never markup");
        Regex.Matches(html, @"[\w.+-]+@[\w-]+(\.[\w-]+)+").Select(m => m.Value).Distinct()
            .Should().BeEquivalentTo(["post@vtfk.example.org"], "only the site's contact address from configuration");

        // Exactly the entries getPublicMinutes answers.
        var api = await client.GetNodeAsync($"/api/public/meetings/{meeting}/minutes");
        foreach (var entry in api["entries"]!.AsArray())
            html.Should().Contain(PublicHtml.Encode($"Sak {entry!["caseNumber"]} {entry["title"]}"));
    }

    [Fact]
    public async Task EveryLinkOnThePage_Resolves()
    {
        var meeting = await FirstMeetingPublishedAsync();
        using var client = app.Client();
        var html = await (await client.GetAsync($"/offentlig/referat/{meeting}")).Content.ReadAsStringAsync();
        var links = Regex.Matches(html, "href=\"([^\"]+)\"").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToList();
        links.Should().Contain([$"{NetworkPage}?lang=nb", $"/offentlig/referat/{meeting}?lang=en", "/tilgjengelighet"]);
        foreach (var link in links.Where(l => l.StartsWith('/')))
        {
            var response = await client.GetAsync(link);
            response.StatusCode.Should().Be(HttpStatusCode.OK, link);
        }
        links.Where(l => !l.StartsWith('/') && !l.StartsWith('#')).Should().BeEquivalentTo(
            ["mailto:post@vtfk.example.org", "https://www.example.org/personvern"], "outside the site, only the footer's configured addresses");
    }

    [Fact]
    public async Task Language_ComesFromTheQuery()
    {
        var meeting = await FirstMeetingPublishedAsync();
        using var client = app.Client();
        var en = await (await client.GetAsync($"/offentlig/referat/{meeting}?lang=en")).Content.ReadAsStringAsync();
        en.Should().Contain("<html lang=\"en\">").And.Contain("<h1>Minutes: Oppstartsmøte</h1>")
            .And.Contain("<title>Minutes – Oppstartsmøte – Nettverk for verdiskaping og kompetanse – Nettverk</title>")
            .And.Contain("17 March 2021, 12:00–14:00, online meeting").And.Contain("Download the minutes (PDF)")
            .And.Contain("aria-label=\"Attendance per seat\"").And.Contain("Item 3/21 Erfaringer").And.Contain("Exempt from public disclosure")
            .And.Contain($"href=\"{NetworkPage}?lang=en\"").And.Contain("due 15 April 2021").And.NotContain("<script");
        var nn = await (await client.GetAsync($"/offentlig/referat/{meeting}?lang=nn")).Content.ReadAsStringAsync();
        nn.Should().Contain("<html lang=\"nn\">").And.Contain(">Til stades</h2>").And.Contain("Unnateken offentlegheit");
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip, deflate", "gzip")]
    [InlineData("identity", null)]
    public async Task Page_IsCompressedAsTheBrowserAccepts_AndTheSameAfterDecoding(string acceptEncoding, string? expected)
    {
        var meeting = await FirstMeetingPublishedAsync();
        using var client = app.Client();
        var plain = await (await client.GetAsync($"/offentlig/referat/{meeting}")).Content.ReadAsByteArrayAsync();
        foreach (var path in new[] { $"/offentlig/referat/{meeting}", "/offentlig/referat/not-a-guid" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
            using var response = await client.Http.SendAsync(request);
            response.Content.Headers.ContentEncoding.SingleOrDefault().Should().Be(expected);
            response.Headers.Vary.Should().Contain("Accept-Encoding");
            var body = await response.Content.ReadAsByteArrayAsync();
            response.Content.Headers.ContentLength.Should().Be(body.Length);
            using var input = new MemoryStream(body);
            using Stream decoded = expected switch
            {
                "br" => new System.IO.Compression.BrotliStream(input, System.IO.Compression.CompressionMode.Decompress),
                "gzip" => new System.IO.Compression.GZipStream(input, System.IO.Compression.CompressionMode.Decompress),
                _ => input,
            };
            using var output = new MemoryStream();
            await decoded.CopyToAsync(output);
            if (path.EndsWith("not-a-guid")) { response.StatusCode.Should().Be(HttpStatusCode.NotFound); continue; }
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            output.ToArray().Should().Equal(plain);
            if (expected is not null) body.Length.Should().BeLessThan(plain.Length / 2);
        }
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("0198f1c2-0000-7000-8000-000000000001")]
    [InlineData("%3Cb%3Ex%3C%2Fb%3E")]
    public async Task UnknownOrMalformedId_IsThe404Page(string id)
    {
        using var client = app.Client();
        await ShouldBeNotFoundPageAsync(client, $"/offentlig/referat/{id}");
    }

    [Fact]
    public async Task MinutesThatAreNotPublic_NotPublished_OrOfAPrivateBody_AreThe404Page()
    {
        using var admin = await app.SignInAsync(DemoIds.Admin);
        using var anonymous = app.Client();
        var network = await app.NetworkAsync();
        var krafttak = await app.BodyAsync("Krafttak – prosjektgruppe");

        var notPublic = await MeetingAsync(network, "Arbeidsmøte om budsjett");
        await PublishAsync(admin, notPublic, isPublic: false, "Budsjettet for Hvaler ble drøftet.");
        var approvedOnly = await MeetingAsync(network, "Arbeidsmøte om strategier");
        await PublishAsync(admin, approvedOnly, isPublic: true, "Strategiene for Hvaler ble drøftet.", publish: false);
        var privateBody = await MeetingAsync(krafttak, "Kraftverkstedet");
        await PublishAsync(admin, privateBody, isPublic: true, "Trollfjordsaken ble drøftet.");

        foreach (var meeting in new[] { notPublic, approvedOnly, privateBody })
        {
            var text = await ShouldBeNotFoundPageAsync(anonymous, $"/offentlig/referat/{meeting}");
            text.Should().NotContain("Hvaler").And.NotContain("Trollfjord").And.NotContain("Kraftverkstedet");
            (await anonymous.GetAsync($"/api/public/meetings/{meeting}/minutes")).StatusCode.Should().Be(HttpStatusCode.NotFound,
                "the page and the API agree");
        }
    }

    [Fact]
    public void Assets_PreloadTheSemiboldFaceToo_SoHeadingsDoNotRewrapAfterTheFirstPaint()
    {
        var root = Path.Combine(Path.GetTempPath(), "nettverk-public-assets", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "assets"));
        try
        {
            File.WriteAllText(Path.Combine(root, "index.html"), "<head><link rel=\"preload\" as=\"font\" type=\"font/woff2\" crossorigin=\"\" "
                + "href=\"/assets/inter-latin-400-normal-A1.woff2\"><link rel=\"stylesheet\" crossorigin href=\"/assets/index-B2.css\"></head>");
            File.WriteAllText(Path.Combine(root, "assets", "index-B2.css"), "@font-face{font-weight:400;src:url(/assets/inter-latin-400-normal-A1.woff2)"
                + " format(\"woff2\")}@font-face{font-weight:600;src:url(/assets/inter-latin-600-normal-C3.woff2) format(\"woff2\")}");
            var assets = PublicAssets.From(root);
            assets.Should().Be(new PublicAssets("/assets/index-B2.css", "/assets/inter-latin-400-normal-A1.woff2",
                "/assets/inter-latin-600-normal-C3.woff2"));
            PublicAssets.From(Path.Combine(root, "missing")).Should().Be(
                new PublicAssets(null, null, null));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    static async Task<string> ShouldBeNotFoundPageAsync(ApiClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.NotFound, path);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var text = await response.Content.ReadAsStringAsync();
        text.Should().Contain("<h1>Fant ikke siden</h1>").And.Contain("Referatet finnes ikke").And.NotContain("<script")
            .And.NotContain("<b>x</b>");
        return text;
    }

    /// <summary>The network's first meeting (seed 004) with its minutes published as public, once per test class: a fenced
    /// non-public paragraph, a non-public entry, a decision with an action item, a deputy and a guest, and markup typed as text.</summary>
    async Task<Guid> FirstMeetingPublishedAsync()
    {
        var meeting = await app.FirstMeetingAsync();
        if (await app.WithDbAsync(db => db.PublishedMinutes.AnyAsync(p => p.MeetingId == meeting))) return meeting;
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var url = $"/api/meetings/{meeting}/minutes";
        var draft = (await (await secretariat.PostAsync(url)).ShouldBe(HttpStatusCode.Created))!;
        string Entry(int i) => draft["entries"]![i]!["id"]!.GetValue<string>();
        var absent = draft["attendees"]!.AsArray().Single(a => a!["status"]!.GetValue<string>() == "Absent")!;
        var lo = await app.OrganisationAsync("LO Vestfold og Telemark");
        var saved = (await (await secretariat.PutAsync(url, new
        {
            version = draft["version"]!.GetValue<int>(), isPublic = true,
            entries = new object[]
            {
                new { id = Entry(0), notes = "Møteleder ønsket velkommen. <script>alert(1)</script>" },
                new { id = Entry(2), notes = "Kompetanseforum Østfold har gode erfaringer med et felles kunnskapsgrunnlag.\n\n"
                    + $"::: ikke-offentlig\nInnlederen omtalte {Fenced}.\n:::\n\nPresentasjonen sendes ut med referatet." },
                new
                {
                    id = Entry(3), notes = "Mandatet ble gjennomgått.", decision = "Mandatet tas til orientering.",
                    actionItems = new[] { new { what = "Sende innspill til kunnskapsgrunnlaget", responsibleOrganisationId = lo, dueOn = "2021-04-15" } },
                },
                new { id = Entry(4), notes = ExemptNotes, isPublic = false },
            },
            attendance = new[] { new { id = absent["id"]!.GetValue<string>(), status = "DeputyPresent",
                deputyPersonId = absent["deputies"]![0]!["personId"]!.GetValue<string>() } },
            guests = new[] { new { name = "Hilde Aamodt", organisationName = "Viken fylkeskommune", note = "Innleder sak 3/21" } },
        })).ShouldBe(HttpStatusCode.OK))!;
        var approved = (await (await secretariat.PostAsync($"{url}/approve", new { version = saved["version"]!.GetValue<int>() })).ShouldBe(HttpStatusCode.OK))!;
        await (await secretariat.PostAsync($"{url}/publish", new { version = approved["version"]!.GetValue<int>() })).ShouldBe(HttpStatusCode.OK);
        return meeting;
    }

    Task<Guid> MeetingAsync(Guid body, string title) => app.WithDbAsync(async db =>
    {
        var meeting = new Meeting(body, title, new DateTime(2025, 2, 3, 10, 0, 0), new DateTime(2025, 2, 3, 12, 0, 0), MeetingFormat.Digital,
            null, null, isOpen: false);
        var item = new AgendaItem(meeting.Id, body, 1, 2025, Interlocked.Increment(ref caseNumber));
        item.Describe("Budsjett", AgendaItemKind.Decision, null, null, null, 30);
        db.Meetings.Add(meeting);
        db.AgendaItems.Add(item);
        await db.SaveChangesAsync();
        return meeting.Id;
    });

    /// <summary>Minutes started, the first entry's notes written, approved, and published unless told not to.</summary>
    static async Task PublishAsync(ApiClient client, Guid meetingId, bool isPublic, string notes, bool publish = true)
    {
        var url = $"/api/meetings/{meetingId}/minutes";
        var draft = (await (await client.PostAsync(url)).ShouldBe(HttpStatusCode.Created))!;
        var entries = new[] { new { id = draft["entries"]![0]!["id"]!.GetValue<string>(), notes } };
        var saved = (await (await client.PutAsync(url, new { version = draft["version"]!.GetValue<int>(), isPublic, entries })).ShouldBe(HttpStatusCode.OK))!;
        var approved = (await (await client.PostAsync($"{url}/approve", new { version = saved["version"]!.GetValue<int>() })).ShouldBe(HttpStatusCode.OK))!;
        if (publish) await (await client.PostAsync($"{url}/publish", new { version = approved["version"]!.GetValue<int>() })).ShouldBe(HttpStatusCode.OK);
    }
}
