using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nettverk.Api.Tests.Infrastructure;
using Nettverk.Tests.Documents;

namespace Nettverk.Api.Tests;

/// <summary>The app with a clock the tests move (1 June 2027 to begin with), shared by the input tests.</summary>
public sealed class AgendaInputApp : FakeClockApp;

/// <summary>Input to an agenda item: a seat holder sends it for the organisation until the deadline the secretariat set,
/// edits it, and is refused after the deadline; the secretariat includes it in the papers, and only then do the body's
/// other readers see it. Another organisation's contact never sees input that is not included.</summary>
public sealed class AgendaInputTests(AgendaInputApp app) : IClassFixture<AgendaInputApp>
{
    static readonly byte[] Pdf = "%PDF-1.7\n% innspill\n"u8.ToArray().Concat(new byte[500]).ToArray();

    // The clock only moves forward, and only in the first test (to the deadline there, 1 June 12.00 Oslo time).
    /// <summary>A meeting on a day of its own (so tests sharing the clock do not meet each other), 12–14 Oslo time, with one item.</summary>
    async Task<(ApiClient Secretariat, string Meeting, string Item)> MeetingAsync(int day)
    {
        var network = await app.NetworkAsync();
        var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var meeting = (await (await secretariat.PostAsync($"/api/bodies/{network}/meetings", new
        {
            title = "Nettverksmøte", startsAt = $"2027-06-{day:00}T12:00:00", endsAt = $"2027-06-{day:00}T14:00:00",
            format = "Physical", location = "Fylkeshuset, Skien",
        })).ShouldBe(HttpStatusCode.Created))!["id"]!.GetValue<string>();
        var details = (await (await secretariat.PostAsync($"/api/meetings/{meeting}/agenda-items",
            new { title = "Regionale strategier", kind = "Discussion", durationMinutes = 30 })).ShouldBe(HttpStatusCode.OK))!;
        return (secretariat, meeting, details["agenda"]!.AsArray().Single(a => a!["title"]!.GetValue<string>() == "Regionale strategier")!["id"]!.GetValue<string>());
    }

    static MultipartFormDataContent Form(string? text, string? fileName = null, byte[]? bytes = null)
    {
        var form = new MultipartFormDataContent();
        if (text is not null) form.Add(new StringContent(text), "text");
        if (fileName is not null)
        {
            var file = new ByteArrayContent(bytes!);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "file", fileName);
        }
        return form;
    }

    static async Task<JsonArray> InputsAsync(ApiClient client, string meeting, string item) =>
        (await client.GetNodeAsync($"/api/meetings/{meeting}/agenda-input"))["items"]!.AsArray()
            .SingleOrDefault(i => i!["agendaItemId"]!.GetValue<string>() == item)?["inputs"]!.AsArray() ?? [];

    [Fact]
    public async Task Input_IsSent_Edited_Included_AndRefusedAfterTheDeadline()
    {
        var (secretariat, meeting, item) = await MeetingAsync(10);
        using var seatHolder = await app.SignInAsync(DemoIds.SeatHolder);
        using var contact = await app.SignInAsync(DemoIds.Contact);
        using var committee = await app.SignInAsync(DemoIds.CommitteeMember);
        var url = $"/api/meetings/{meeting}/agenda-items/{item}/input";

        // Not open until the secretariat sets a deadline; a deadline after the meeting's start is refused.
        await (await seatHolder.Http.PostAsync(url, Form("Tidlig"))).ShouldBeProblem(HttpStatusCode.Conflict, code: "agenda_input_not_open");
        await (await seatHolder.PutAsync($"/api/meetings/{meeting}/agenda-items/{item}/input-deadline", new { closesAt = "2027-06-01T12:00:00" }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await secretariat.PutAsync($"/api/meetings/{meeting}/agenda-items/{item}/input-deadline", new { closesAt = "2027-06-10T13:00:00" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "closesAt");
        var opened = (await (await secretariat.PutAsync($"/api/meetings/{meeting}/agenda-items/{item}/input-deadline",
            new { closesAt = "2027-06-01T12:00:00" })).ShouldBe(HttpStatusCode.OK))!;
        opened["items"]![0]!["closesAt"]!.GetValue<string>().Should().StartWith("2027-06-01T12:00:00");
        opened["items"]![0]!["isOpen"]!.GetValue<bool>().Should().BeTrue();

        // The representative of NHO sends input with a PDF, on behalf of NHO; the secretariat gets one mail.
        var sent = (await (await seatHolder.Http.PostAsync(url, Form("Vi støtter **forslaget**.", "innspill.pdf", Pdf))).ShouldBe(HttpStatusCode.Created))!;
        var input = sent["id"]!.GetValue<string>();
        sent["organisation"]!["name"]!.GetValue<string>().Should().Be("NHO Vestfold og Telemark");
        sent["authorName"]!.GetValue<string>().Should().Be("Eirik Haugland");
        var attachment = sent["attachments"]![0]!["id"]!.GetValue<string>();
        (await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == "agenda-input" && m.To == DemoIds.Secretariat))).Should().Be(1);

        // The author edits it; the other organisation's contact and the committee member see nothing of it yet.
        var edited = (await (await seatHolder.PutAsync($"/api/agenda-input/{input}", new { text = "Vi støtter forslaget, med ett forbehold." }))
            .ShouldBe(HttpStatusCode.OK))!;
        edited["text"]!.GetValue<string>().Should().Be("Vi støtter forslaget, med ett forbehold.");
        (await InputsAsync(contact, meeting, item)).Should().BeEmpty();
        (await InputsAsync(committee, meeting, item)).Should().BeEmpty();
        await (await contact.GetAsync($"/api/agenda-input-attachments/{attachment}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await contact.PutAsync($"/api/agenda-input/{input}", new { text = "Kapret" })).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await contact.DeleteAsync($"/api/agenda-input/{input}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await committee.PutAsync($"/api/agenda-input/{input}/included", new { included = true })).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await seatHolder.PutAsync($"/api/agenda-input/{input}/included", new { included = true })).ShouldBeProblem(HttpStatusCode.Forbidden);

        // The secretariat sees it next to the item, with author, organisation and attachment, and includes it in the papers.
        var seen = (await InputsAsync(secretariat, meeting, item)).Single()!;
        seen["included"]!.GetValue<bool>().Should().BeFalse();
        seen["attachments"]![0]!["fileName"]!.GetValue<string>().Should().Be("innspill.pdf");
        (await (await secretariat.PutAsync($"/api/agenda-input/{input}/included", new { included = true })).ShouldBe(HttpStatusCode.OK))!
            ["included"]!.GetValue<bool>().Should().BeTrue();

        // Now every reader of the papers sees it, and its attachment; the other organisation may still not change it.
        (await InputsAsync(committee, meeting, item)).Single()!["text"]!.GetValue<string>().Should().Contain("forbehold");
        (await InputsAsync(contact, meeting, item)).Single()!["canEdit"]!.GetValue<bool>().Should().BeFalse();
        var download = await committee.GetAsync($"/api/agenda-input-attachments/{attachment}");
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).Should().Equal(Pdf);
        await (await contact.PutAsync($"/api/agenda-input/{input}", new { text = "Kapret" })).ShouldBeProblem(HttpStatusCode.Forbidden);

        // Undone: hidden from the others again.
        await (await secretariat.PutAsync($"/api/agenda-input/{input}/included", new { included = false })).ShouldBe(HttpStatusCode.OK);
        (await InputsAsync(committee, meeting, item)).Should().BeEmpty();

        // LO's contact sends text only, and withdraws it before the deadline.
        var los = (await (await contact.Http.PostAsync(url, Form("LO ber om mer tid."))).ShouldBe(HttpStatusCode.Created))!;
        los["organisation"]!["name"]!.GetValue<string>().Should().Be("LO Vestfold og Telemark");
        await (await contact.DeleteAsync($"/api/agenda-input/{los["id"]}")).ShouldBe(HttpStatusCode.NoContent);
        (await InputsAsync(contact, meeting, item)).Should().BeEmpty();

        // At the deadline (12.00 Oslo time is 10.00 UTC in June) nothing more is sent, changed or withdrawn.
        app.Clock.SetUtcNow(new DateTimeOffset(2027, 6, 1, 10, 0, 0, TimeSpan.Zero));
        await (await seatHolder.Http.PostAsync(url, Form("For sent"))).ShouldBeProblem(HttpStatusCode.Conflict, code: "agenda_input_deadline_passed");
        await (await seatHolder.PutAsync($"/api/agenda-input/{input}", new { text = "For sent" }))
            .ShouldBeProblem(HttpStatusCode.Conflict, code: "agenda_input_deadline_passed");
        await (await seatHolder.DeleteAsync($"/api/agenda-input/{input}")).ShouldBeProblem(HttpStatusCode.Conflict, code: "agenda_input_deadline_passed");
        (await InputsAsync(seatHolder, meeting, item)).Single()!["canEdit"]!.GetValue<bool>().Should().BeFalse();

        // Another body's representative does not learn the meeting exists.
        using var other = await app.SignInAsync(await app.OtherBodySeatHolderAsync());
        await (await other.GetAsync($"/api/meetings/{meeting}/agenda-input")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await other.Http.PostAsync(url, Form("Utenfra"))).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task IncludedInput_GoesWithThePapers_InTheInvitationPdfAndWord_AndInputNotIncludedNever()
    {
        var (secretariat, meeting, item) = await MeetingAsync(25);
        using var seatHolder = await app.SignInAsync(DemoIds.SeatHolder);
        using var contact = await app.SignInAsync(DemoIds.Contact);
        await (await secretariat.PutAsync($"/api/meetings/{meeting}/agenda-items/{item}/input-deadline", new { closesAt = "2027-06-24T12:00:00" }))
            .ShouldBe(HttpStatusCode.OK);
        var url = $"/api/meetings/{meeting}/agenda-items/{item}/input";
        var included = (await (await seatHolder.Http.PostAsync(url, Form("Næringslivet ønsker **felles** kompetanseløft.", "høringsnotat.pdf", Pdf)))
            .ShouldBe(HttpStatusCode.Created))!["id"]!.GetValue<string>();
        await (await contact.Http.PostAsync(url, Form("Et utkast LO ikke vil dele."))).ShouldBe(HttpStatusCode.Created);
        await (await secretariat.PutAsync($"/api/agenda-input/{included}/included", new { included = true })).ShouldBe(HttpStatusCode.OK);

        using var committee = await app.SignInAsync(DemoIds.CommitteeMember);
        var pdf = await committee.GetAsync($"/api/meetings/{meeting}/invitation.pdf");
        pdf.StatusCode.Should().Be(HttpStatusCode.OK);
        var text = Poppler.FlatText(await pdf.Content.ReadAsByteArrayAsync());
        text.Should().Contain("Innspill:").And.Contain("Fra NHO Vestfold og Telemark (Eirik Haugland)")
            .And.Contain("Næringslivet ønsker felles kompetanseløft.").And.Contain("Vedlegg: høringsnotat.pdf").And.NotContain("LO ikke vil dele");
        text.IndexOf("Regionale strategier", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("Innspill:", StringComparison.Ordinal));

        var docx = await committee.GetAsync($"/api/meetings/{meeting}/invitation.docx");
        docx.StatusCode.Should().Be(HttpStatusCode.OK);
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var wordText = string.Join("\n", word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        wordText.Should().Contain("Fra NHO Vestfold og Telemark (Eirik Haugland)").And.Contain("Næringslivet ønsker felles kompetanseløft.")
            .And.Contain("Vedlegg: høringsnotat.pdf").And.NotContain("LO ikke vil dele");

        // Taken out of the papers again, it leaves the documents too.
        await (await secretariat.PutAsync($"/api/agenda-input/{included}/included", new { included = false })).ShouldBe(HttpStatusCode.OK);
        Poppler.FlatText(await (await committee.GetAsync($"/api/meetings/{meeting}/invitation.pdf")).Content.ReadAsByteArrayAsync())
            .Should().NotContain("Innspill:").And.NotContain("Næringslivet ønsker");
    }

    [Fact]
    public async Task BadInput_IsRefused_NamingTheField_AndAHeldOrCancelledMeetingTakesNone()
    {
        var (secretariat, meeting, item) = await MeetingAsync(20);
        await (await secretariat.PutAsync($"/api/meetings/{meeting}/agenda-items/{item}/input-deadline", new { closesAt = "2027-06-19T12:00:00" }))
            .ShouldBe(HttpStatusCode.OK);
        using var seatHolder = await app.SignInAsync(DemoIds.SeatHolder);
        var url = $"/api/meetings/{meeting}/agenda-items/{item}/input";
        await (await seatHolder.Http.PostAsync(url, Form("  "))).ShouldBeProblem(HttpStatusCode.BadRequest, "text");
        await (await seatHolder.Http.PostAsync(url, Form("Se vedlegg", "virus.exe", "MZ"u8.ToArray()))).ShouldBeProblem(HttpStatusCode.BadRequest, "file");
        await (await seatHolder.Http.PostAsync(url, Form("Se vedlegg", "forkledd.pdf", "MZ\0\0"u8.ToArray()))).ShouldBeProblem(HttpStatusCode.BadRequest, "file");
        await (await seatHolder.Http.PostAsync(url, Form(new string('x', 20001)))).ShouldBeProblem(HttpStatusCode.BadRequest, "text");
        await (await seatHolder.Http.PostAsync($"/api/meetings/{meeting}/agenda-items/{Guid.NewGuid()}/input", Form("Hei")))
            .ShouldBeProblem(HttpStatusCode.NotFound);
        var form = Form("Hei");
        form.Add(new StringContent(Guid.NewGuid().ToString()), "organisationId");
        await (await seatHolder.Http.PostAsync(url, form)).ShouldBeProblem(HttpStatusCode.BadRequest, "organisationId");
        // An input with only an attachment is fine; emptying the text of one without is not.
        (await (await seatHolder.Http.PostAsync(url, Form(null, "notat.txt", "Innspill som fil"u8.ToArray()))).ShouldBe(HttpStatusCode.Created))
            !["text"]!.GetValue<string>().Should().BeEmpty();
        var textOnly = (await (await seatHolder.Http.PostAsync(url, Form("Kort innspill"))).ShouldBe(HttpStatusCode.Created))!["id"]!.GetValue<string>();
        await (await seatHolder.PutAsync($"/api/agenda-input/{textOnly}", new { text = "" })).ShouldBeProblem(HttpStatusCode.BadRequest, "text");
        // A secretary who holds no seat writes no input.
        await (await secretariat.Http.PostAsync(url, Form("Fra sekretariatet"))).ShouldBeProblem(HttpStatusCode.Forbidden);

        await (await secretariat.PostAsync($"/api/meetings/{meeting}/cancel", new { reason = "Flyttet" })).ShouldBe(HttpStatusCode.OK);
        await (await seatHolder.Http.PostAsync(url, Form("Etter avlysning"))).ShouldBeProblem(HttpStatusCode.Conflict, code: "agenda_input_meeting_closed");
    }
}
