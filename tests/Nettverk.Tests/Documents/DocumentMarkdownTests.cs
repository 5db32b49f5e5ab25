using Nettverk.Api.Documents;

namespace Nettverk.Tests.Documents;

public sealed class DocumentMarkdownTests
{
    static string Text(TextBlock block) => string.Concat(block.Runs.Select(r => r.Text));

    [Fact]
    public void BoldAndItalic_BecomeStyledRuns()
    {
        var runs = DocumentMarkdown.Parse("Vanlig **fet** og *kursiv* og ***begge***").Single().Runs;

        runs.Should().ContainEquivalentOf(new TextRun("fet", Bold: true))
            .And.ContainEquivalentOf(new TextRun("kursiv", Italic: true))
            .And.ContainEquivalentOf(new TextRun("begge", Bold: true, Italic: true));
    }

    [Fact]
    public void NestedLists_AreFlattened_WithLevelsMarkersAndCounts()
    {
        var blocks = DocumentMarkdown.Parse("3. tre\n   - under\n     - dypere\n4. fire\n\n- punkt");

        blocks.Select(b => (Text(b), b.Level, b.Marker?.Ordered, b.Marker?.Number)).Should().Equal(
            ("tre", 1, true, 3), ("under", 2, false, 1), ("dypere", 3, false, 1), ("fire", 1, true, 4), ("punkt", 1, false, 1));
        blocks[0].Marker!.ListId.Should().Be(blocks[3].Marker!.ListId).And.NotBe(blocks[1].Marker!.ListId);
    }

    [Fact]
    public void ASecondParagraphInAnItem_KeepsTheItemsIndent_WithoutAMarker()
    {
        var blocks = DocumentMarkdown.Parse("- første\n\n  fortsatt\n- andre");

        blocks.Select(b => (Text(b), b.Level, b.Marker is not null)).Should().Equal(("første", 1, true), ("fortsatt", 1, false), ("andre", 1, true));
    }

    [Fact]
    public void ADateStartingAListItem_StaysOnTheItemsLine()
    {
        // CommonMark reads "6. mai" as an ordered list starting at 6, nested in the bullet.
        var blocks = DocumentMarkdown.Parse("- 6. mai – digitalt møte\n- 19. august – åpent møte");

        blocks.Select(b => (Text(b), b.Level, b.Marker?.Ordered)).Should().Equal(
            ("6. mai – digitalt møte", 1, false), ("19. august – åpent møte", 1, false));
    }

    [Fact]
    public void Headings_AreBoldParagraphs()
    {
        var heading = DocumentMarkdown.Parse("## Treffpunkter\n\nTekst")[0];

        heading.Runs.Should().OnlyContain(r => r.Bold);
        Text(heading).Should().Be("Treffpunkter");
    }

    [Fact]
    public void Links_ShowTheirTextAndAddress_AndOnlyWebAndMailLinksAreClickable()
    {
        var runs = DocumentMarkdown.Parse("Se [nettstedet](https://example.org/a) eller [dette](javascript:alert(1)) eller https://example.org/b")
            .Single().Runs;

        string.Concat(runs.Select(r => r.Text)).Should()
            .Be("Se nettstedet (https://example.org/a) eller dette (javascript:alert(1)) eller https://example.org/b");
        runs.Where(r => r.Link is not null).Select(r => r.Link).Should().Equal("https://example.org/a", "https://example.org/b");
    }

    [Fact]
    public void RawHtml_IsShownAsText_NeverInterpreted()
    {
        var text = string.Concat(DocumentMarkdown.Parse("Før <b>fet?</b> <script>alert(1)</script>").SelectMany(b => b.Runs).Select(r => r.Text));

        text.Should().Contain("<b>fet?</b>").And.Contain("<script>alert(1)</script>");
    }

    [Fact]
    public void LineBreaks_AreKept_AsTheSecretariatTypedThem()
    {
        var runs = DocumentMarkdown.Parse("linje en\nlinje to  \nlinje tre").Single().Runs;

        runs.Count(r => r.IsBreak).Should().Be(2);
        string.Concat(runs.Where(r => !r.IsBreak).Select(r => r.Text)).Should().Be("linje enlinje tolinje tre");
    }

    [Fact]
    public void BlankMarkdown_HasNoBlocks() => DocumentMarkdown.Parse("  \n ").Should().BeEmpty();
}
