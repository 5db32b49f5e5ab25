using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Features.Minutes;
using Nettverk.Api.Tests.Infrastructure;
using Nettverk.Tests.Documents;

namespace Nettverk.Api.Tests;

/// <summary>A published revision is stored as its own record (schema version 1) and reads back over HTTP and in the PDF
/// as the minutes read when they were published; revisions stored the old way, as a serialised MinutesDto, still read,
/// and start-up rewrites them into the record once.</summary>
public sealed class PublishedMinutesRecordTests
{
    const string Decision = "Møteplan for 2021: 6. mai, 19. august og 11. november. Ærlig, åpent og øvelsesvennlig.";

    [Fact]
    public async Task APublishedRevision_ReadsOverHttpAndInPdf_AsTheMinutesReadWhenPublished()
    {
        using var app = new NettverkApp();
        var meeting = await app.FirstMeetingAsync();
        var url = $"/api/meetings/{meeting}/minutes";
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        await PublishAsync(app, secretariat, meeting);

        var working = await secretariat.GetNodeAsync(url);
        var revision = await secretariat.GetNodeAsync($"{url}/revisions/1");
        JsonNode.DeepEquals(Frozen(revision), Frozen(working)).Should().BeTrue($"revision: {revision.ToJsonString()}\nworking: {working.ToJsonString()}");
        revision["entries"]![6]!["decision"]!.GetValue<string>().Should().Be(Decision);

        var row = await app.WithDbAsync(db => db.PublishedMinutes.SingleAsync(p => p.MeetingId == meeting));
        row.SchemaVersion.Should().Be(1);
        var content = JsonNode.Parse(row.Content)!;
        content["schemaVersion"]!.GetValue<int>().Should().Be(1);
        content["approval"]!["byName"]!.GetValue<string>().Should().Be(await SecretaryNameAsync(app));

        var workingPdf = Poppler.Text(await PdfAsync(secretariat, $"{url}.pdf"));
        var revisionPdf = Poppler.Text(await PdfAsync(secretariat, $"{url}.pdf?revision=1"));
        revisionPdf.Should().Be(workingPdf);
        Poppler.FlatText(await PdfAsync(secretariat, $"{url}.pdf?revision=1")).Should().Contain(Decision).And.Contain("Hilde Aamodt")
            .And.Contain("Godkjent uten merknader").And.Contain("Sende ut møteplanen til alle").And.Contain("personalsak");

        using var anonymous = app.Client();
        var publicPdf = Poppler.FlatText(await PdfAsync(anonymous, $"/api/public/meetings/{meeting}/minutes.pdf"));
        publicPdf.Should().Contain(Decision).And.Contain("Unntatt offentlighet").And.NotContain("personalsak");
    }

    [Fact]
    public async Task ARevisionStoredAsTheOldMinutesDto_StillReads_AndStartUpRewritesItOnce()
    {
        var folder = Path.Combine(Path.GetTempPath(), "nettverk-tests", Guid.NewGuid().ToString("N"));
        try
        {
            Guid meeting;
            JsonNode before;
            string beforePdf;
            using (var app = NettverkApp.OnFolder(folder))
            {
                meeting = await app.FirstMeetingAsync();
                using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
                await PublishAsync(app, secretariat, meeting);
                before = await secretariat.GetNodeAsync($"/api/meetings/{meeting}/minutes/revisions/1");
                beforePdf = Poppler.Text(await PdfAsync(secretariat, $"/api/meetings/{meeting}/minutes.pdf?revision=1"));

                // Written as the code before the record wrote it: today's MinutesDto with the old serialiser options, with
                // the approver's address where the old MinutesDto had it ("approvedBy") instead of today's name.
                var dto = before.Deserialize<MinutesDto>(ApiClient.Json)!;
                var old = JsonNode.Parse(JsonSerializer.Serialize(dto, OldSnapshotJson))!.AsObject();
                old.Remove("approvedByName");
                old["approvedBy"] = DemoIds.Secretariat;
                await WriteOldShapeAsync(app, meeting, old.ToJsonString());
                // Not yet rewritten, the old shape has only the address to show; everything else reads as before.
                var unwritten = (await secretariat.GetNodeAsync($"/api/meetings/{meeting}/minutes/revisions/1")).AsObject();
                unwritten["approvedByName"]!.GetValue<string>().Should().Be(DemoIds.Secretariat);
                JsonNode.DeepEquals(Without(unwritten, "approvedByName"), Without(before, "approvedByName")).Should().BeTrue();
            }

            using (var restarted = NettverkApp.OnFolder(folder))
            {
                using var secretariat = await restarted.SignInAsync(DemoIds.Secretariat);
                var row = await restarted.WithDbAsync(db => db.PublishedMinutes.SingleAsync(p => p.MeetingId == meeting));
                row.SchemaVersion.Should().Be(1);
                var content = JsonNode.Parse(row.Content)!;
                content["schemaVersion"]!.GetValue<int>().Should().Be(1);
                content["approval"]!["byName"]!.GetValue<string>().Should().Be(await SecretaryNameAsync(restarted));
                // Rewritten, the record has the approver's name again, and the revision reads exactly as before.
                JsonNode.DeepEquals(await secretariat.GetNodeAsync($"/api/meetings/{meeting}/minutes/revisions/1"), before).Should().BeTrue();
                before["approvedByName"]!.GetValue<string>().Should().Be(await SecretaryNameAsync(restarted));
                Poppler.Text(await PdfAsync(secretariat, $"/api/meetings/{meeting}/minutes.pdf?revision=1")).Should().Be(beforePdf);

                // A committed sample of what the old code wrote (from another database: the row's own ids are the truth).
                var oldSample = File.ReadAllText(Path.Combine(RepoRoot.Path, "tests", "Nettverk.Api.Tests", "Fixtures", "published-minutes-v0-minutesdto.json"));
                await WriteOldShapeAsync(restarted, meeting, oldSample);
                (await restarted.WithDbAsync(db => PublishedMinutesUpgrade.RewriteOldRevisionsAsync(db, default))).Should().Be(1);
                (await restarted.WithDbAsync(db => PublishedMinutesUpgrade.RewriteOldRevisionsAsync(db, default))).Should().Be(0);
                var sample = await secretariat.GetNodeAsync($"/api/meetings/{meeting}/minutes/revisions/1");
                sample["meetingId"]!.GetValue<Guid>().Should().Be(meeting);
                sample["entries"]![0]!["id"]!.GetValue<string>().Should().Be(JsonNode.Parse(oldSample)!["entries"]![0]!["id"]!.GetValue<string>());
                sample["approvalNote"]!.GetValue<string>().Should().Be("Godkjent uten merknader");
                sample["attendees"]!.AsArray().Should().HaveCount(11)
                    .And.Contain(a => a!["name"]!.GetValue<string>() == "Sindre Ødegård" && a["deputyName"]!.GetValue<string>() == "Tone Holm");
                sample["entries"]![6]!["decision"]!.GetValue<string>().Should().Be(Decision);
                sample["entries"]![2]!["notesHtml"]!.GetValue<string>().Should().Contain("<strong>felles</strong>");
                var publicText = Poppler.FlatText(await PdfAsync(restarted.Client(), $"/api/public/meetings/{meeting}/minutes.pdf"));
                publicText.Should().Contain(Decision).And.Contain("Sindre Ødegård").And.NotContain("personalsak");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>The options published revisions were serialised with before the record (MinutesWorkflow.SnapshotJson).</summary>
    static readonly JsonSerializerOptions OldSnapshotJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    static Task WriteOldShapeAsync(NettverkApp app, Guid meeting, string content) => app.WithDbAsync(db => db.PublishedMinutes
        .Where(p => p.MeetingId == meeting).ExecuteUpdateAsync(s => s.SetProperty(p => p.Content, content).SetProperty(p => p.SchemaVersion, 0)));

    /// <summary>What a frozen revision keeps of the minutes: not the comments, the list of revisions, the caller's rights,
    /// the seats' deputies to choose from, or the live action items' concurrency versions.</summary>
    static JsonNode Frozen(JsonNode minutes)
    {
        var copy = minutes.DeepClone().AsObject();
        // The record keeps the last editor's address only, and a frozen revision names no editor.
        foreach (var key in new[] { "comments", "publishedRevisions", "canEdit", "canComment", "updatedByName" }) copy.Remove(key);
        foreach (var attendee in copy["attendees"]!.AsArray()) attendee!.AsObject().Remove("deputies");
        foreach (var item in copy["entries"]!.AsArray().SelectMany(e => e!["actionItems"]!.AsArray())) item!.AsObject().Remove("version");
        return copy;
    }

    static JsonNode Without(JsonNode node, string key)
    {
        var copy = node.DeepClone().AsObject();
        copy.Remove(key);
        return copy;
    }

    static Task<string> SecretaryNameAsync(NettverkApp app) =>
        app.WithDbAsync(db => db.People.Where(p => p.Email == DemoIds.Secretariat).Select(p => p.Name).SingleAsync());

    static async Task<byte[]> PdfAsync(ApiClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Minutes of the demo network's first meeting with a bit of everything, approved and published.</summary>
    static async Task PublishAsync(NettverkApp app, ApiClient secretariat, Guid meeting)
    {
        var url = $"/api/meetings/{meeting}/minutes";
        var draft = (await (await secretariat.PostAsync(url)).ShouldBe(HttpStatusCode.Created))!;
        string Entry(int i) => draft["entries"]![i]!["id"]!.GetValue<string>();
        var absent = draft["attendees"]!.AsArray().Single(a => a!["status"]!.GetValue<string>() == "Absent")!;
        var saved = (await (await secretariat.PutAsync(url, new
        {
            version = draft["version"]!.GetValue<int>(), isPublic = true,
            entries = new object[]
            {
                new { id = Entry(0), notes = "Møteleder ønsket velkommen til Grenland og Øst-Telemark." },
                new { id = Entry(2), notes = "Gode erfaringer med **felles** kunnskapsgrunnlag.\n\n::: ikke-offentlig\nInnlederen omtalte en pågående personalsak.\n:::" },
                new { id = Entry(4), notes = "Fortrolig orientering om budsjettarbeidet.", isPublic = false },
                new
                {
                    id = Entry(6), decision = Decision,
                    actionItems = new[] { new { what = "Sende ut møteplanen til alle medlemmer",
                        responsibleOrganisationId = await app.OrganisationAsync("LO Vestfold og Telemark"), dueOn = "2021-03-24" } },
                },
            },
            attendance = new[] { new { id = absent["id"]!.GetValue<string>(), status = "DeputyPresent",
                deputyPersonId = absent["deputies"]![0]!["personId"]!.GetValue<string>() } },
            guests = new[] { new { name = "Hilde Aamodt", organisationName = "Viken fylkeskommune", note = "Innleder sak 3/21" } },
        })).ShouldBe(HttpStatusCode.OK))!;
        var approved = (await (await secretariat.PostAsync($"{url}/approve", new { version = saved["version"]!.GetValue<int>(), note = "Godkjent uten merknader" }))
            .ShouldBe(HttpStatusCode.OK))!;
        await (await secretariat.PostAsync($"{url}/publish", new { version = approved["version"]!.GetValue<int>() })).ShouldBe(HttpStatusCode.OK);
    }
}
