using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Nettverk.Api.Features.Hearings;
using Nettverk.Api.Tests.Infrastructure;
using Nettverk.Tests.Documents;

namespace Nettverk.Api.Tests;

/// <summary>A hearing end to end over HTTP on the seed network, on a clock the test moves: the ten member organisations
/// invited, three answer (one exempt, one «ingen merknader»), one gets an extension; reminders reach the six without an
/// answer once per due time; late answers are refused but the extended party's is taken; the compiled PDF and Word carry
/// the public answers and not the exempt one; the public page shows the right things before and after closing.</summary>
public sealed class HearingFlowTests : IDisposable
{
    // 1 March 2027; the hearing closes 21 March 12.00 UTC.
    readonly FakeTimeProvider clock = new(new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero));
    readonly ClockedApp app;
    static readonly DateTime ClosesAt = new(2027, 3, 21, 12, 0, 0, DateTimeKind.Utc);
    static readonly DateTime ExtendedTo = new(2027, 3, 25, 12, 0, 0, DateTimeKind.Utc);

    const string NhoText = "NHO støtter målene, men ber om tydeligere tiltak for fagskolene.";
    const string LoSecret = "LO-teksten inneholder opplysninger om en enkeltsak.";
    const string UsnText = "USN ønsker en egen satsing på etter- og videreutdanning.";

    public HearingFlowTests() => app = (ClockedApp)new ClockedApp(clock).With("Papers:MaxBytes", "200000");

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task AHearingOnTheSeedNetwork_InvitesRemindsCollectsCompilesAndPublishes()
    {
        var network = await app.NetworkAsync();
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        using var anonymous = await app.AnonymousAsync();

        // Bad input first: closing before opening names closesAt.
        await (await secretariat.PostAsync($"/api/bodies/{network}/hearings", new
        {
            title = "Regionale strategier", opensAt = "2027-03-01T00:00:00Z", closesAt = "2027-02-20T00:00:00Z",
        })).ShouldBeFieldError("closesAt", "hearing_closes_before_opens");

        var hearing = (await (await secretariat.PostAsync($"/api/bodies/{network}/hearings", new
        {
            title = "Høring av fire regionale strategier", concerns = "Regional kompetansestrategi m.fl.",
            description = "Strategiene er på høring. **Svar innen fristen.**",
            opensAt = "2027-03-01T00:00:00Z", closesAt = ClosesAt, publishResponses = true, sections = new[] { "Mål", "Tiltak" },
        })).ShouldBe(HttpStatusCode.Created))!;
        var id = hearing["id"]!.GetValue<string>();
        var slug = hearing["slug"]!.GetValue<string>();
        var sections = hearing["sections"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToList();
        hearing["state"]!.GetValue<string>().Should().Be("Draft");
        hearing["descriptionHtml"]!.GetValue<string>().Should().Contain("<strong>Svar innen fristen.</strong>", "the description is Markdown");
        hearing["reminderDays"]!.AsArray().Select(d => d!.GetValue<int>()).Should().Equal(7, 2);
        (await anonymous.GetAsync($"/api/public/hearings/{slug}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "a draft is not public");

        // Documents: versioned; the limits of papers.
        var pdf = "%PDF-1.4\nhøringsutkast"u8.ToArray();
        var first = (await (await secretariat.Http.PostAsync($"/api/hearings/{id}/documents", File("strategi.pdf", pdf))).ShouldBe(HttpStatusCode.Created))!;
        var second = (await (await secretariat.Http.PostAsync($"/api/hearings/{id}/documents",
            File("strategi-v2.pdf", pdf, first["documentKey"]!.GetValue<string>()))).ShouldBe(HttpStatusCode.Created))!;
        second["version"]!.GetValue<int>().Should().Be(2);
        await (await secretariat.Http.PostAsync($"/api/hearings/{id}/documents", File("program.exe", "MZ\0\0"u8.ToArray())))
            .ShouldBeFieldError("file", "file_type_not_allowed");
        var big = new byte[300_000];
        "%PDF"u8.CopyTo(big);
        await (await secretariat.Http.PostAsync($"/api/hearings/{id}/documents", File("stor.pdf", big)))
            .ShouldBeFieldError("file", "file_too_large");

        // The ten member organisations in one click, then out it goes.
        var parties = (await (await secretariat.PostAsync($"/api/hearings/{id}/parties", new { memberOrganisationsOfBodyId = network }))
            .ShouldBe(HttpStatusCode.OK))!.AsArray();
        parties.Should().HaveCount(10);
        (await secretariat.PostAsync($"/api/hearings/{id}/open")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind == "hearing-invitation").Select(m => m.To).Distinct().CountAsync()))
            .Should().BeGreaterThanOrEqualTo(10);
        var open = await anonymous.GetNodeAsync($"/api/public/hearings/{slug}");
        open["state"]!.GetValue<string>().Should().Be("Open");
        open["documents"]!.AsArray().Should().ContainSingle().Which!["version"]!.GetValue<int>().Should().Be(2);
        open["responses"]!.AsArray().Should().BeEmpty();
        open["descriptionHtml"]!.GetValue<string>().Should().Contain("<strong>");
        open["closesAt"]!.GetValue<DateTime>().Should().Be(ClosesAt, "the SPA words how to answer around the deadline");
        open.AsObject().ContainsKey("howToAnswer").Should().BeFalse("the wording lives in the SPA's locales");

        string Party(string name) => parties.Single(p => p!["name"]!.GetValue<string>() == name)!["id"]!.GetValue<string>();
        var nho = Party("NHO Vestfold og Telemark");
        var lo = Party("LO Vestfold og Telemark");
        var nav = Party("NAV Vestfold og Telemark");
        var usn = Party("Universitetet i Sørøst-Norge");

        // NHO's representative answers per section; LO's contact answers exempt; NAV answers «ingen merknader» by its link.
        using var nhoRep = await app.SignInAsync(DemoIds.SeatHolder);
        (await nhoRep.GetNodeAsync($"/api/hearings/{id}/my-party"))["party"]!["id"]!.GetValue<string>().Should().Be(nho);
        async Task<bool> OnStartPage(ApiClient client) => (await client.GetNodeAsync("/api/me/start"))["sections"]!.AsArray()
            .Where(x => x!["kind"]!.GetValue<string>() == "HearingToAnswer")
            .SelectMany(x => x!["items"]!.AsArray()).Any(i => i!["id"]!.GetValue<string>() == id);
        (await OnStartPage(nhoRep)).Should().BeTrue("NHO has a hearing to answer");
        await (await nhoRep.PutAsync($"/api/hearings/{id}/parties/{nho}/response", new
        {
            sections = new[] { new { sectionId = Guid.NewGuid(), text = "x" } },
        })).ShouldBeFieldError("sections", "hearing_section_unknown");
        await (await nhoRep.PutAsync($"/api/hearings/{id}/parties/{nho}/response", new
        {
            sections = new[] { new { sectionId = sections[0], text = NhoText }, new { sectionId = sections[1], text = "Flere læreplasser." } },
        })).ShouldBe(HttpStatusCode.OK);
        (await OnStartPage(nhoRep)).Should().BeFalse("answered");
        using var loContact = await app.SignInAsync(DemoIds.Contact);
        await (await loContact.PutAsync($"/api/hearings/{id}/parties/{nho}/response", new { text = "Ikke vårt svar." }))
            .ShouldBeProblem(HttpStatusCode.NotFound);
        await (await loContact.PutAsync($"/api/hearings/{id}/parties/{lo}/response", new { text = LoSecret, exemptBasis = "Offl99" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "exemptBasis");
        await (await loContact.PutAsync($"/api/hearings/{id}/parties/{lo}/response", new { text = LoSecret, exemptBasis = "Offl13" }))
            .ShouldBe(HttpStatusCode.OK);
        var navToken = await app.WithDbAsync(db => db.HearingParties.Where(p => p.Id == Guid.Parse(nav)).Select(p => p.Token).SingleAsync());
        var navMail = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind == "hearing-invitation" && m.TextBody.Contains(navToken))
            .Select(m => m.TextBody).FirstAsync());
        navMail.Should().Contain("/horing/svar/" + navToken);
        (await anonymous.GetNodeAsync($"/api/hearing-links/{navToken}"))["party"]!["status"]!.GetValue<string>().Should().Be("Opened");
        await (await anonymous.PutAsync($"/api/hearing-links/{navToken}/response", new { noComments = true })).ShouldBe(HttpStatusCode.OK);
        (await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == "hearing-receipt"))).Should().BeGreaterThanOrEqualTo(3);

        // Another body's member learns nothing of the hearing.
        using var outsider = await app.SignInAsync(await app.OtherBodySeatHolderAsync());
        (await outsider.GetAsync($"/api/hearings/{id}/my-party")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await outsider.GetAsync($"/api/hearings/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        // USN gets four more days.
        await (await secretariat.PostAsync($"/api/hearings/{id}/parties/{usn}/extension", new { deadline = ClosesAt.AddDays(-1) }))
            .ShouldBeFieldError("deadline", "hearing_extension_too_early");
        (await (await secretariat.PostAsync($"/api/hearings/{id}/parties/{usn}/extension", new { deadline = ExtendedTo }))
            .ShouldBe(HttpStatusCode.OK))!["status"]!.GetValue<string>().Should().Be("ExtensionGranted");
        var board = await secretariat.GetItemsAsync($"/api/hearings/{id}/parties?status=Responded");
        board.Select(p => p!["id"]!.GetValue<string>()).Should().BeEquivalentTo([nho, lo]);
        (await secretariat.GetItemsAsync($"/api/hearings/{id}/parties?status=NoComments")).Should().ContainSingle();
        // Filtered in SQL, then paged: the total is the filter's, and «still to answer» is the seven without an answer.
        var waiting = await secretariat.GetNodeAsync($"/api/hearings/{id}/parties?waiting=true&pageSize=5");
        waiting["total"]!.GetValue<int>().Should().Be(7);
        waiting["items"]!.AsArray().Should().HaveCount(5).And.NotContain(p => new[] { nho, lo }.Contains(p!["id"]!.GetValue<string>()));
        (await secretariat.GetItemsAsync($"/api/hearings/{id}/parties?waiting=true&pageSize=5&page=2")).Should().HaveCount(2);
        (await secretariat.GetItemsAsync($"/api/hearings/{id}/parties?status=ExtensionGranted")).Single()!["id"]!.GetValue<string>().Should().Be(usn);

        // Reminders: the six without an answer at each of the hearing's due times; USN at its own.
        (await RemindAsync(ClosesAt.AddDays(-7).AddMinutes(1))).Should().Be(6);
        (await RemindAsync(ClosesAt.AddDays(-7).AddHours(2))).Should().Be(0, "once per due time");
        (await RemindAsync(ExtendedTo.AddDays(-7).AddMinutes(1))).Should().Be(1, "USN's own seven days");
        var twice = await Task.WhenAll(RemindAsync(ClosesAt.AddDays(-2).AddMinutes(1)), RemindAsync(ClosesAt.AddDays(-2).AddMinutes(1)));
        twice.Sum().Should().Be(6, "two runs at once still send each reminder once");
        (await RemindAsync(ExtendedTo.AddDays(-2).AddMinutes(1))).Should().Be(1, "the others' deadline has passed");
        var reminded = await app.WithDbAsync(db => db.HearingReminders.Select(r => r.PartyId).ToListAsync());
        reminded.Should().HaveCount(14);
        reminded.Should().NotContain([Guid.Parse(nho), Guid.Parse(lo), Guid.Parse(nav)]);
        reminded.Count(p => p == Guid.Parse(usn)).Should().Be(2);
        var boardRows = await secretariat.GetItemsAsync($"/api/hearings/{id}/parties");
        var usnRow = boardRows.Single(p => p!["id"]!.GetValue<string>() == usn)!;
        usnRow["remindersSent"]!.GetValue<int>().Should().Be(2, "the board counts the reminders sent");
        usnRow["lastReminderAt"]!.GetValue<DateTime>().Should().BeAfter(ClosesAt.AddDays(-7));
        boardRows.Single(p => p!["id"]!.GetValue<string>() == nho)!["remindersSent"]!.GetValue<int>().Should().Be(0);

        // After the deadline: NHO may no longer revise; USN (extended) answers by its link.
        clock.SetUtcNow(ClosesAt.AddHours(1));
        // Sessions from three weeks ago have lapsed: sign in again.
        using var secretariatLate = await app.SignInAsync(DemoIds.Secretariat);
        using var nhoLate = await app.SignInAsync(DemoIds.SeatHolder);
        using var loLate = await app.SignInAsync(DemoIds.Contact);
        await (await nhoLate.PutAsync($"/api/hearings/{id}/parties/{nho}/response", new { text = "For sent." }))
            .ShouldBeProblem(HttpStatusCode.Conflict, code: "hearing_deadline_passed");
        var usnToken = await app.WithDbAsync(db => db.HearingParties.Where(p => p.Id == Guid.Parse(usn)).Select(p => p.Token).SingleAsync());
        await (await anonymous.PutAsync($"/api/hearing-links/{usnToken}/response", new { text = UsnText })).ShouldBe(HttpStatusCode.OK);

        // Side by side, per section.
        var side = await secretariatLate.GetNodeAsync($"/api/hearings/{id}/side-by-side");
        side["sections"]!.AsArray().Should().HaveCount(3, "the two sections and, last, the general text USN wrote");
        side["sections"]![2]!["general"]!.GetValue<bool>().Should().BeTrue();
        side["parties"]!.AsArray().Single(p => p!["partyId"]!.GetValue<string>() == nho)!["texts"]![0]!.GetValue<string>().Should().Be(NhoText);
        side["parties"]!.AsArray().Single(p => p!["partyId"]!.GetValue<string>() == usn)!["texts"]![2]!.GetValue<string>().Should().Be(UsnText);

        // The public page after closing: the published answers, not the exempt one, no e-mail addresses.
        var closed = await anonymous.GetNodeAsync($"/api/public/hearings/{slug}");
        closed["state"]!.GetValue<string>().Should().Be("Closed");
        var publicText = closed.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        publicText.Should().Contain(NhoText).And.Contain(UsnText).And.Contain("NAV Vestfold og Telemark").And.NotContain(LoSecret).And.NotContain("@");

        // Summary, compiled document, sent on.
        var summarised = (await (await secretariatLate.PostAsync($"/api/hearings/{id}/summary", new { summary = "Instansene støtter i hovedsak strategiene." }))
            .ShouldBe(HttpStatusCode.OK))!;
        summarised["state"]!.GetValue<string>().Should().Be("Summarised");
        summarised["summaryHtml"]!.GetValue<string>().Should().Contain("<p>Instansene støtter");
        var pdfText = Poppler.FlatText(await DownloadAsync(secretariatLate, $"/api/hearings/{id}/document.pdf"));
        pdfText.Should().Contain("Høringsoppsummering").And.Contain("NHO støtter målene").And.Contain("Unntatt offentlighet").And.NotContain("LO-teksten");
        var word = WordText(await DownloadAsync(secretariatLate, $"/api/hearings/{id}/document.docx"));
        word.Should().Contain(NhoText).And.Contain(UsnText).And.Contain("Ingen merknader").And.Contain("offentleglova § 13").And.NotContain(LoSecret);
        (await nhoLate.GetAsync($"/api/hearings/{id}/document.pdf")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await (await secretariatLate.PostAsync($"/api/hearings/{id}/send")).ShouldBe(HttpStatusCode.OK))!["state"]!.GetValue<string>()
            .Should().Be("SentToPoliticalTreatment");

        // "Til behandling": the LO contact sees the hearing with LO's status.
        var mine = await loLate.GetItemsAsync("/api/me/hearings");
        mine.Single(h => h!["hearingId"]!.GetValue<string>() == id)!["status"]!.GetValue<string>().Should().Be("Responded");
    }

    async Task<int> RemindAsync(DateTime nowUtc)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HearingReminders>().SendDueAsync(nowUtc, CancellationToken.None);
    }

    static MultipartFormDataContent File(string name, byte[] bytes, string? documentKey = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        if (documentKey is not null) form.Add(new StringContent(documentKey), "documentKey");
        return form;
    }

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

    sealed class ClockedApp(TimeProvider clock) : NettverkApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}

static class HearingAssertions
{
    /// <summary>A 400 naming the field with the field error's code.</summary>
    public static async Task ShouldBeFieldError(this HttpResponseMessage response, string field, string code)
    {
        var node = await response.ShouldBeProblem(HttpStatusCode.BadRequest, field);
        node["fieldErrors"]![field]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).Should().Contain(code, node.ToJsonString());
    }
}
