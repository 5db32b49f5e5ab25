using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Nettverk.Api.Tests.Infrastructure;
using Nettverk.Tests.Documents;

namespace Nettverk.Api.Tests;

/// <summary>The invitation and the minutes as PDF and Word through HTTP, read back by poppler's pdftotext and the Open
/// XML SDK: the agenda, decisions and æøå are there; the public version leaves out what is not public.</summary>
public sealed class MeetingDocumentsTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    const string Decision = "Møteplanen for 2021 vedtas: 6. mai, 19. august og 11. november. Ærlig, åpent og øvelsesvennlig.";
    const string Secret = "Innlederen omtalte en pågående personalsak.";

    static string WordText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }

    static async Task<byte[]> DownloadAsync(ApiClient client, string url, string mediaType)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    const string Pdf = "application/pdf";
    const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public async Task TheInvitation_CarriesTheAgendaWithTimesAndPresenters_ToThoseWhoSeeTheMeeting()
    {
        var meeting = await app.FirstMeetingAsync();
        using var seatHolder = await app.SignInAsync(DemoIds.SeatHolder);
        var text = Poppler.FlatText(await DownloadAsync(seatHolder, $"/api/meetings/{meeting}/invitation.pdf", Pdf));
        text.Should().Contain("Møteinnkalling").And.Contain("Nettverk for verdiskaping og kompetanse").And.Contain("17. mars 2021, kl. 12.00–14.00")
            .And.Contain("Digitalt møte").And.Contain("Sak 3/21 Erfaringer fra kompetanseforum Østfold").And.Contain("v/ Hilde Aamodt, Viken fylkeskommune")
            .And.Contain("12.25–12.45").And.Contain("Sak 8/21 Eventuelt").And.Contain("Side 1 av");
        var word = WordText(await DownloadAsync(seatHolder, $"/api/meetings/{meeting}/invitation.docx", Docx));
        word.Should().Contain("Sak 5/21 Orientering om 4 strategier som berører nettverkets fagpolitiske område").And.Contain("Regional kompetansestrategi");
        // The demo's input from NHO, included in the papers, goes with its item.
        word.Should().Contain("Fra NHO Vestfold og Telemark (Eirik Haugland)").And.Contain("bedriftenes behov for fagarbeidere");
        text.Should().Contain("Innspill:").And.Contain("Fra NHO Vestfold og Telemark (Eirik Haugland)");

        using var other = await app.SignInAsync(await app.OtherBodySeatHolderAsync());
        await (await other.GetAsync($"/api/meetings/{meeting}/invitation.pdf")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await app.Client().GetAsync($"/api/meetings/{meeting}/invitation.pdf")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TheMinutes_ForMembersMarkWhatIsNotPublic_AndThePublicVersionLeavesItOut()
    {
        var meeting = await app.FirstMeetingAsync();
        var url = $"/api/meetings/{meeting}/minutes";
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var draft = (await (await secretariat.PostAsync(url)).ShouldBe(HttpStatusCode.Created))!;
        string Entry(int i) => draft["entries"]![i]!["id"]!.GetValue<string>();
        var saved = (await (await secretariat.PutAsync(url, new
        {
            version = draft["version"]!.GetValue<int>(),
            entries = new object[]
            {
                new { id = Entry(2), notes = $"Gode erfaringer med felles kunnskapsgrunnlag.\n\n::: ikke-offentlig\n{Secret}\n:::" },
                new { id = Entry(4), notes = "Budsjettdrøftinger i fylkeskommunen.", isPublic = false },
                new
                {
                    id = Entry(6), decision = Decision,
                    actionItems = new[] { new { what = "Sende ut møteplanen til alle medlemmer", responsibleOrganisationId = await app.OrganisationAsync("NHO Vestfold og Telemark"), dueOn = "2021-03-24" } },
                },
            },
        })).ShouldBe(HttpStatusCode.OK))!;

        var draftText = Poppler.FlatText(await DownloadAsync(secretariat, $"{url}.pdf", Pdf));
        draftText.Should().Contain("Møtereferat").And.Contain("Utkast").And.Contain("Til stede").And.Contain("vara for")
            .And.Contain("Vedtak:").And.Contain(Decision).And.Contain("Ikke offentlig").And.Contain(Secret)
            .And.Contain("Oppfølgingspunkter").And.Contain("Sende ut møteplanen til alle").And.Contain("24. mars 2021");
        using var seatHolder = await app.SignInAsync(DemoIds.SeatHolder);
        await (await seatHolder.GetAsync($"{url}.pdf")).ShouldBeProblem(HttpStatusCode.NotFound);

        var approved = (await (await secretariat.PostAsync($"{url}/approve", new { version = saved["version"]!.GetValue<int>() })).ShouldBe(HttpStatusCode.OK))!;
        await (await secretariat.PostAsync($"{url}/publish", new { version = approved["version"]!.GetValue<int>() })).ShouldBe(HttpStatusCode.OK);

        var word = WordText(await DownloadAsync(seatHolder, $"{url}.docx?revision=1", Docx));
        word.Should().Contain("Sak 7/21 Møteplan og arbeidsform").And.Contain(Decision).And.Contain(Secret).And.Contain("Publisert");
        await (await seatHolder.GetAsync($"{url}.pdf?revision=9")).ShouldBeProblem(HttpStatusCode.NotFound);

        using var anonymous = app.Client();
        var publicText = Poppler.FlatText(await DownloadAsync(anonymous, $"/api/public/meetings/{meeting}/minutes.pdf", Pdf));
        publicText.Should().Contain(Decision).And.Contain("Gode erfaringer med felles kunnskapsgrunnlag").And.Contain("Unntatt offentlighet")
            .And.NotContain("personalsak").And.NotContain("Budsjettdrøftinger").And.NotContain("@example.org");
        WordText(await DownloadAsync(anonymous, $"/api/public/meetings/{meeting}/minutes.docx", Docx)).Should().NotContain("personalsak");
    }
}
