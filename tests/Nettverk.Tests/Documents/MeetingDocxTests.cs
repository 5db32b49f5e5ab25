using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Nettverk.Api.Documents;

namespace Nettverk.Tests.Documents;

public sealed class MeetingDocxTests
{
    static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    static string BodyText(WordprocessingDocument doc) =>
        string.Join("\n", doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText));

    [Fact]
    public void Minutes_ContainEveryItemDecisionAndAttendee()
    {
        using var doc = Open(MeetingDocx.Render(MeetingDocumentSamples.Minutes()));
        var text = BodyText(doc);

        text.Should().Contain("Vestfold og Telemark fylkeskommune").And.Contain("Møtereferat").And.Contain("Oppstartsmøte")
            .And.Contain("17. mars 2021, kl. 12.00–14.00").And.Contain("Godkjent 6. mai 2021");
        for (var i = 0; i < 8; i++) text.Should().Contain($"Sak {i + 1}/21 {MeetingDocumentSamples.Titles[i]}");
        text.Should().Contain("Orientering · 12.30–12.50 · v/ Hilde Aamodt, Viken fylkeskommune")
            .And.Contain("Vedtak:").And.Contain("Møteplanen for 2021 vedtas: 6. mai, 19. august og 11. november.")
            .And.Contain("Lise Bø, KS Vestfold og Telemark (1. vara for Eirik Haugland)")
            .And.Contain("Sekretariat: Guro Fjellheim (guro.fjellheim@example.org)")
            .And.Contain("æ").And.Contain("ø").And.Contain("å").And.Contain("Æ").And.Contain("Ø").And.Contain("Å");
    }

    [Theory]
    [InlineData(MeetingDocumentKind.Minutes)]
    [InlineData(MeetingDocumentKind.Invitation)]
    public void Package_IsValidWordprocessingML(MeetingDocumentKind kind)
    {
        var document = kind == MeetingDocumentKind.Minutes ? MeetingDocumentSamples.Minutes() : MeetingDocumentSamples.Invitation();
        using var doc = Open(MeetingDocx.Render(document));

        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        errors.Should().BeEmpty();
    }

    [Fact]
    public void ABareDocument_IsValid_AndHasNoEmptySections()
    {
        using var doc = Open(MeetingDocx.Render(MeetingDocumentSamples.Bare()));

        new OpenXmlValidator().Validate(doc).Should().BeEmpty();
        BodyText(doc).Should().Contain("Ekstraordinært møte").And.Contain("Fylkeshuset, Skien")
            .And.NotContain("Saksliste").And.NotContain("Videolenke").And.NotContain("Oppfølgingspunkter");
    }

    [Fact]
    public void ActionItems_AreATable_WithARepeatedHeaderRowAndARowPerItem()
    {
        var minutes = MeetingDocumentSamples.Minutes();
        using var doc = Open(MeetingDocx.Render(minutes));

        var table = doc.MainDocumentPart!.Document.Body!.Elements<Table>()
            .Single(t => t.Elements<TableRow>().First().InnerText.StartsWith("Sak"));
        var rows = table.Elements<TableRow>().ToList();
        rows.Should().HaveCount(1 + minutes.ActionItems.Count);
        rows[0].Elements<TableCell>().Select(c => c.InnerText).Should().Equal("Sak", "Hva", "Ansvarlig", "Frist", "Status");
        rows[0].TableRowProperties!.GetFirstChild<TableHeader>().Should().NotBeNull("Word repeats the header row on every page");
        rows[3].Elements<TableCell>().Select(c => c.InnerText).Should()
            .Equal("Sak 6/21", "Sammenstille svarene fra forventningsrunden", "Sekretariatet", "6. mai 2021", "Ferdig");
    }

    [Fact]
    public void Items_AreHeadings_AndTheStylesPartDefinesThem()
    {
        using var doc = Open(MeetingDocx.Render(MeetingDocumentSamples.Minutes()));
        var main = doc.MainDocumentPart!;

        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        styles.Should().ContainKeys("Heading1", "Heading2", "Title", "ListParagraph");
        styles["Heading2"].StyleName!.Val!.Value.Should().Be("heading 2");
        main.Document.Body!.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading2").Select(p => p.InnerText)
            .Should().HaveCount(8).And.Contain("Sak 5/21 Orientering om 4 strategier som berører nettverkets fagpolitiske område");
    }

    [Fact]
    public void MarkdownLists_UseWordNumbering_AndEachOrderedListRestarts()
    {
        var minutes = MeetingDocumentSamples.Minutes();
        var items = minutes.Items.ToList();
        items[0] = items[0] with { Notes = "1. en\n2. to\n   - under\n\nMellom.\n\n3. tre\n4. fire" };
        using var doc = Open(MeetingDocx.Render(minutes with { Items = items }));
        var main = doc.MainDocumentPart!;

        NumberingProperties? Of(string text) => main.Document.Body!.Descendants<Paragraph>()
            .Single(p => p.InnerText == text).ParagraphProperties?.NumberingProperties;
        Of("en")!.NumberingId!.Val!.Value.Should().Be(Of("to")!.NumberingId!.Val!.Value);
        Of("under")!.NumberingLevelReference!.Val!.Value.Should().Be(1);
        var second = Of("tre")!.NumberingId!.Val!.Value;
        second.Should().NotBe(Of("en")!.NumberingId!.Val!.Value, "a list after a paragraph is a new list");
        var instance = main.NumberingDefinitionsPart!.Numbering.Elements<NumberingInstance>().Single(n => n.NumberID! == second);
        instance.GetFirstChild<LevelOverride>()!.StartOverrideNumberingValue!.Val!.Value.Should().Be(3, "it starts where its markdown says");
        main.Document.Body!.InnerText.Should().NotContain("**").And.NotContain("](");
    }

    [Fact]
    public void Links_AreHyperlinks_ShowingTheirAddress()
    {
        using var doc = Open(MeetingDocx.Render(MeetingDocumentSamples.Minutes()));
        var main = doc.MainDocumentPart!;

        BodyText(doc).Should().Contain("fylkeskommunens nettsted (https://www.example.org/mandat)");
        main.HyperlinkRelationships.Select(r => r.Uri.ToString()).Should()
            .Contain("https://www.example.org/mandat").And.Contain("https://teams.example.org/l/meetup-join/oppstart-2021");
    }

    [Fact]
    public void EveryPage_HasPageNumbers_AndTheFileNamesItself()
    {
        using var doc = Open(MeetingDocx.Render(MeetingDocumentSamples.Invitation()));
        var main = doc.MainDocumentPart!;

        main.FooterParts.Should().NotBeEmpty().And.OnlyContain(f =>
            f.Footer.InnerText.Contains("Side") && f.Footer.Descendants<SimpleField>().Select(s => s.Instruction!.Value!.Trim())
                .SequenceEqual(new[] { "PAGE", "NUMPAGES" }));
        doc.PackageProperties.Title.Should().Be("Møteinnkalling – Oppstartsmøte – Nettverk for verdiskaping og kompetanse");
        doc.PackageProperties.Creator.Should().Be("Nettverk");
        BodyText(doc).Should().Contain("Møteinnkalling").And.Contain("Velkommen til første møte i nettverket")
            .And.NotContain("Møtereferat").And.NotContain("Vedtak:");
    }

    [Fact]
    public void ControlCharactersInUserText_DoNotBreakTheFile()
    {
        var minutes = MeetingDocumentSamples.Minutes() with { MeetingTitle = "Møte\u0001 med\u000b kontrolltegn 😀" };

        using var doc = Open(MeetingDocx.Render(minutes));

        BodyText(doc).Should().Contain("Møte med kontrolltegn 😀");
        new OpenXmlValidator().Validate(doc).Should().BeEmpty();
    }
}
