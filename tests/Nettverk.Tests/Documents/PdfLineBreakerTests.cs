using Nettverk.Api.Documents;
using PdfSharp.Drawing;

namespace Nettverk.Tests.Documents;

/// <summary>The word wrap with a fake measure (every character 1 wide, bold 2), so widths are exact and need no
/// fonts: the PDF-level tests check the same rules with real fonts through pdftotext.</summary>
public sealed class PdfLineBreakerTests
{
    static readonly XFont Regular, Bold;

    static PdfLineBreakerTests()
    {
        PdfSetup.EnsureFontsAvailable(); // an XFont needs PDFsharp's font set-up; its metrics are not used here
        Regular = new XFont("Nettverk Sans", 10, XFontStyleEx.Regular);
        Bold = new XFont("Nettverk Sans", 10, XFontStyleEx.Bold);
    }

    static IReadOnlyList<LayoutLine> Wrap(double width, params TextRun[] runs) =>
        PdfLineBreaker.Wrap(runs, width, r => r.Bold ? Bold : Regular, (text, font) => text.Length * (font == Bold ? 2 : 1));

    static string[] Texts(IReadOnlyList<LayoutLine> lines) => lines.Select(l => string.Concat(l.Pieces.Select(p => p.Text))).ToArray();

    [Fact]
    public void Words_WrapAtSpaces_AndNoLineIsWiderThanTheWidth()
    {
        var lines = Wrap(10, new TextRun("aaa bbb ccc dddd e"));

        Texts(lines).Should().Equal("aaa bbb", "ccc dddd e");
        lines.Should().OnlyContain(l => l.Pieces.Sum(p => p.Width) <= 10);
    }

    [Fact]
    public void AWordLongerThanALine_IsCutBetweenCharacters()
    {
        var lines = Wrap(4, new TextRun("ab abcdefghij cd"));

        Texts(lines).Should().Equal("ab", "abcd", "efgh", "ij", "cd");
    }

    [Fact]
    public void AWordThatChangesStyle_StaysOneWord_AndKeepsEachStylesWidth()
    {
        var lines = Wrap(11, new TextRun("aa "), new TextRun("fet", Bold: true), new TextRun("tekst"));

        Texts(lines).Should().Equal("aa", "fettekst");
        lines[1].Pieces.Select(p => (p.Font == Bold, p.X, p.Width)).Should().Equal((true, 0d, 6d), (false, 6d, 5d));
    }

    [Fact]
    public void HardBreaks_StartNewLines_AndSpacesCollapse()
    {
        var lines = Wrap(40, new TextRun("en   to"), TextRun.Break, new TextRun("  tre"));

        Texts(lines).Should().Equal("en to", "tre");
    }

    [Fact]
    public void NoBreakSpaces_HoldTheirWordsTogether()
    {
        Texts(Wrap(9, new TextRun("Møte kl.\u00a012.00"))).Should().Equal("Møte", "kl.\u00a012.00");
    }
}
