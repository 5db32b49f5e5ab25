using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nettverk.Api.Features.Hearings;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Persistence;
using Nettverk.Api.Tests.Infrastructure;
using Nettverk.Tests.Documents;

namespace Nettverk.Api.Tests;

/// <summary>Nothing private leaks to someone who has not signed in. With the demo data, and private markers added to its
/// private parts (non-public text of published minutes, a non-public item, draft minutes, a draft hearing, an internal
/// paper; the demo's exempt hearing response), walks every anonymous GET of the committed OpenAPI document (generic: a
/// route added later is walked too, and a path parameter this test cannot fill fails it by name), the server-rendered
/// public pages (bodies, minutes) and their Atom feeds, and fails on any e-mail address but the site's own contact address, any Norwegian
/// phone number, and any marker. The markers are first shown to be visible to the secretariat, so the walk can fail.</summary>
public sealed partial class PublicLeakTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    const string FenceMarker = "LEAKMARK-FENCE-TEXT";
    const string EntryMarker = "LEAKMARK-NONPUBLIC-ITEM";
    const string DraftMinutesMarker = "LEAKMARK-DRAFT-MINUTES";
    const string DraftHearingMarker = "LEAKMARK-DRAFT-HEARING";
    const string PaperMarker = "LEAKMARK-INTERNAL-PAPER";
    /// <summary>The demo's exempt response (LO, offl. § 13).</summary>
    const string ExemptText = "forhold i en enkelt virksomhet";
    static readonly string[] Markers = [FenceMarker, EntryMarker, DraftMinutesMarker, DraftHearingMarker, PaperMarker, ExemptText];

    /// <summary>The only addresses a public answer may carry: the site's contact address (appsettings.json, Site:ContactEmail).</summary>
    static readonly string[] AllowedEmails = ["post@vtfk.example.org"];

    /// <summary>Capability links: the token is the secret that grants access to one person's or party's own data, so they
    /// are walked with a made-up token and must not answer 200.</summary>
    static readonly string[] TokenRoutes = ["/api/calendar/feeds/{token}.ics", "/api/hearing-links/{token}", "/api/input-groups/{token}"];

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"\+47[\s\d]{8,12}|\b[49]\d{2} ?\d{2} ?\d{3}\b")]
    private static partial Regex Phone();

    [Fact]
    public async Task EveryAnonymousEndpointAndPublicPage_ShowsNoPrivateData()
    {
        var (firstMeeting, draftMeeting, draftHearing) = await AddPrivateMarkersAsync();
        await MarkersAreVisibleToTheSecretariatAsync(firstMeeting, draftMeeting, draftHearing);

        using var anonymous = app.Client();
        var urls = await UrlsToWalkAsync();
        urls.Should().Contain(u => u.StartsWith("/offentlig/organer/nettverk-for-verdiskaping-og-kompetanse"))
            .And.Contain($"/offentlig/referat/{firstMeeting}", "the published public minutes' page is walked");
        var walked = 0;
        var failures = new List<string>();
        foreach (var (route, url) in urls.Select(u => (Route: u, Url: u)).Concat(await ApiUrlsAsync()))
        {
            var response = await anonymous.GetAsync(url);
            response.StatusCode.Should().NotBe(HttpStatusCode.InternalServerError, url);
            if (TokenRoutes.Contains(route)) { response.StatusCode.Should().NotBe(HttpStatusCode.OK, url); continue; }
            if (!response.IsSuccessStatusCode) continue;
            walked++;
            var text = await TextOfAsync(response);
            foreach (var marker in Markers.Where(m => text.Contains(m, StringComparison.OrdinalIgnoreCase)))
                failures.Add($"{url}: private text «{marker}»");
            foreach (var email in Email().Matches(text).Select(m => m.Value).Distinct().Where(e => !AllowedEmails.Contains(e)))
                failures.Add($"{url}: e-mail address {email}");
            foreach (var phone in Phone().Matches(text).Select(m => m.Value).Distinct())
                failures.Add($"{url}: phone number {phone}");
        }
        failures.Should().BeEmpty();
        walked.Should().BeGreaterThan(15, "the walk reached the public answers with something in them");
    }

    /// <summary>Path and query values from the demo data per route; a parameter not known here fails the test by name.</summary>
    async Task<List<(string Route, string Url)>> ApiUrlsAsync()
    {
        var ids = await app.WithDbAsync(async db => new
        {
            Bodies = await db.Bodies.Select(b => b.Id.ToString()).ToListAsync(),
            BodySlugs = await db.Bodies.Where(b => b.Slug != null).Select(b => b.Slug!).ToListAsync(),
            Meetings = await db.Meetings.Select(m => m.Id.ToString()).ToListAsync(),
            HearingSlugs = await db.Hearings.Select(h => h.Slug).ToListAsync(),
            HearingDocuments = await db.HearingDocuments.Select(d => d.Id.ToString()).ToListAsync(),
        });
        var document = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepoRoot.Path, "backend", "openapi", "v1.json")))!;
        var urls = new List<(string, string)>();
        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            if (operations!["get"] is not { } get || get["security"] is not JsonArray { Count: 0 }) continue;
            var segments = path.Split('/');
            List<string> filled = [path];
            foreach (var parameter in (get["parameters"]?.AsArray() ?? []).Where(p => p!["in"]!.GetValue<string>() == "path"))
            {
                var name = parameter!["name"]!.GetValue<string>();
                var before = segments.TakeWhile(s => !s.Contains($"{{{name}}}")).LastOrDefault() ?? "";
                IReadOnlyList<string>? values = (name, before) switch
                {
                    ("bodyId", _) => ids.Bodies,
                    ("meetingId", _) or ("id", "meetings") => ids.Meetings,
                    ("slug", "hearings") => ids.HearingSlugs,
                    ("slug", "bodies") => ids.BodySlugs,
                    ("documentId", "hearing-documents") => ids.HearingDocuments,
                    ("token", _) => ["0123456789abcdef0123456789abcdef0123456789abcdef"],
                    _ => null,
                };
                values.Should().NotBeNull($"GET {path} is anonymous: tell PublicLeakTests how to fill its parameter {{{name}}}");
                filled = filled.SelectMany(u => values!.Select(v => u.Replace($"{{{name}}}", Uri.EscapeDataString(v)))).ToList();
            }
            var queries = (get["parameters"]?.AsArray() ?? []).Where(p => p!["in"]!.GetValue<string>() == "query")
                .Select(p => p!["name"]!.GetValue<string>()).ToList();
            if (queries.Contains("q")) filled = filled.SelectMany(u => new[] { $"{u}?q=LEAKMARK", $"{u}?q=virksomhet" }).ToList();
            if (queries.Contains("token")) filled = filled.Select(u => $"{u}?token=0123456789abcdef").ToList();
            urls.AddRange(filled.Select(u => (path, u)));
        }
        return urls;
    }

    /// <summary>The server-rendered pages: the index, every body's page (private ones answer 404) in each language, feeds,
    /// and every meeting's public minutes page in each language (most answer 404).</summary>
    async Task<List<string>> UrlsToWalkAsync()
    {
        var slugs = await app.WithDbAsync(db => db.Bodies.Where(b => b.Slug != null).Select(b => b.Slug!).ToListAsync());
        var meetings = await app.WithDbAsync(db => db.Meetings.Select(m => m.Id).ToListAsync());
        return ["/offentlig/organer", .. slugs.SelectMany(s => new[]
        {
            $"/offentlig/organer/{s}", $"/offentlig/organer/{s}?lang=nn", $"/offentlig/organer/{s}?lang=en", $"/offentlig/organer/{s}/feed.atom",
        }), .. meetings.SelectMany(m => new[] { $"/offentlig/referat/{m}", $"/offentlig/referat/{m}?lang=nn", $"/offentlig/referat/{m}?lang=en" })];
    }

    static async Task<string> TextOfAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return response.Content.Headers.ContentType?.MediaType switch
        {
            "application/pdf" => Poppler.FlatText(bytes),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => DocxXml(bytes),
            _ => System.Text.Encoding.UTF8.GetString(bytes),
        };
    }

    static string DocxXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        return string.Join("\n", zip.Entries.Where(e => e.FullName.EndsWith(".xml")).Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return Regex.Replace(reader.ReadToEnd(), "<[^>]+>", "");
        }));
    }

    async Task<(Guid FirstMeeting, Guid DraftMeeting, Guid DraftHearing)> AddPrivateMarkersAsync()
    {
        var network = await app.NetworkAsync();
        var first = await app.FirstMeetingAsync();
        Guid draftMeeting = default, draftHearing = default;
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<NettverkDbContext>();
            var meeting = new Meeting(network, "Arbeidsmøte", new DateTime(2021, 5, 6, 12, 0, 0), new DateTime(2021, 5, 6, 14, 0, 0),
                MeetingFormat.Digital, null, null, isOpen: false);
            db.Meetings.Add(meeting);
            draftMeeting = meeting.Id;
            var agendaItem = new AgendaItem(meeting.Id, network, 1, 2021, 99);
            agendaItem.Describe("Budsjett", AgendaItemKind.Discussion, null, null, null, 30);
            db.AgendaItems.Add(agendaItem);
            meeting.AgendaEdited();
            var hearing = new Hearing(network, DateTime.UtcNow);
            hearing.Edit($"Utkast {DraftHearingMarker}", null, $"Ikke sendt ut ennå. {DraftHearingMarker}", DateTime.UtcNow.AddDays(1),
                DateTime.UtcNow.AddDays(30), publish: true, [7], ["Del 1"]);
            db.Hearings.Add(hearing);
            draftHearing = hearing.Id;
            var item = await db.AgendaItems.Where(a => a.MeetingId == first).OrderBy(a => a.Position).FirstAsync();
            db.AgendaPapers.Add(new AgendaPaper(item, $"{PaperMarker}.pdf", "application/pdf", 1000, $"leak-test/{Guid.NewGuid():N}", DateTime.UtcNow));
            await db.SaveChangesAsync();
        });

        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var minutes = (await (await secretariat.PostAsync($"/api/meetings/{first}/minutes")).ShouldBe(HttpStatusCode.Created))!;
        var entries = minutes["entries"]!.AsArray().Select((e, i) => new
        {
            id = e!["id"]!.GetValue<Guid>(),
            isPublic = i != 1,
            notes = i switch
            {
                0 => $"Saken ble lagt fram.\n\n::: ikke-offentlig\nInnlederen nevnte {FenceMarker}.\n:::\n\nDrøftet.",
                1 => $"Personalsak: {EntryMarker}.",
                _ => "Saken ble drøftet.",
            },
            decision = "Tatt til orientering.",
        }).ToList();
        minutes = (await (await secretariat.PutAsync($"/api/meetings/{first}/minutes",
            new { version = minutes["version"]!.GetValue<int>(), isPublic = true, entries })).ShouldBe(HttpStatusCode.OK))!;
        minutes = (await (await secretariat.PostAsync($"/api/meetings/{first}/minutes/approve", new { version = minutes["version"]!.GetValue<int>() }))
            .ShouldBe(HttpStatusCode.OK))!;
        await (await secretariat.PostAsync($"/api/meetings/{first}/minutes/publish", new { version = minutes["version"]!.GetValue<int>() }))
            .ShouldBe(HttpStatusCode.OK);

        var draft = (await (await secretariat.PostAsync($"/api/meetings/{draftMeeting}/minutes")).ShouldBe(HttpStatusCode.Created))!;
        await (await secretariat.PutAsync($"/api/meetings/{draftMeeting}/minutes", new
        {
            version = draft["version"]!.GetValue<int>(),
            isPublic = true,
            entries = draft["entries"]!.AsArray().Select(e => new { id = e!["id"]!.GetValue<Guid>(), isPublic = true, notes = DraftMinutesMarker }).ToList(),
        })).ShouldBe(HttpStatusCode.OK);
        return (first, draftMeeting, draftHearing);
    }

    async Task MarkersAreVisibleToTheSecretariatAsync(Guid firstMeeting, Guid draftMeeting, Guid draftHearing)
    {
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        async Task<string> Text(string url) => await (await secretariat.GetAsync(url)).Content.ReadAsStringAsync();
        (await Text($"/api/meetings/{firstMeeting}/minutes")).Should().Contain(FenceMarker).And.Contain(EntryMarker);
        (await Text($"/api/meetings/{firstMeeting}")).Should().Contain(PaperMarker);
        (await Text($"/api/hearings/{draftHearing}")).Should().Contain(DraftHearingMarker);
        var hearing = await app.WithDbAsync(db => db.Hearings.Where(h => h.Title == "Høring av fire regionale strategier").Select(h => h.Id).SingleAsync());
        (await Text($"/api/hearings/{hearing}/side-by-side")).Should().Contain(ExemptText);
        (await Text($"/api/meetings/{draftMeeting}/minutes")).Should().Contain(DraftMinutesMarker);
    }
}
