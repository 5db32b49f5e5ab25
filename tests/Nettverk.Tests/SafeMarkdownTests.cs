using Nettverk.Api.Common;

namespace Nettverk.Tests;

public sealed class SafeMarkdownTests
{
    [Fact]
    public void RawHtml_IsEscaped()
    {
        var html = SafeMarkdown.ToHtml("Hei <script>alert(1)</script> <img src=x onerror=alert(1)>")!;
        html.Should().NotContain("<script").And.NotContain("<img").And.Contain("&lt;script&gt;");
    }

    [Theory]
    [InlineData("[klikk](javascript:alert(1))")]
    [InlineData("[klikk](JavaScript:alert(1))")]
    [InlineData("[klikk](data:text/html,<script>alert(1)</script>)")]
    [InlineData("[klikk](vbscript:msgbox)")]
    [InlineData("<javascript:alert(1)>")]
    public void DangerousLinks_LoseTheirTarget(string markdown) =>
        SafeMarkdown.ToHtml(markdown)!.ToLowerInvariant().Should().NotContain("javascript:").And.NotContain("data:").And.NotContain("vbscript:");

    [Theory]
    [InlineData("[nettsted](https://vtfk.example.org/strategi)", "href=\"https://vtfk.example.org/strategi\"")]
    [InlineData("[e-post](mailto:post@example.org)", "href=\"mailto:post@example.org\"")]
    [InlineData("[sak](/moter/1#sak-3)", "href=\"/moter/1#sak-3\"")]
    public void SafeLinks_AreKept(string markdown, string expected) => SafeMarkdown.ToHtml(markdown).Should().Contain(expected);

    [Fact]
    public void Headings_StartBelowTheSectionTheyAreShownIn()
    {
        var html = SafeMarkdown.ToHtml("# Tittel\n\n## Treffpunkter\n\nTekst\n\n#### Dypt")!;
        html.Should().Contain("<h3>Treffpunkter</h3>").And.Contain("<h5>Dypt</h5>").And.NotContain("<h1").And.NotContain("<h2");
    }

    [Fact]
    public void BlankText_IsNull() => SafeMarkdown.ToHtml("  ").Should().BeNull();

    [Fact]
    public void PlainText_KeepsTheWordsAndDropsTheMarks()
    {
        var text = SafeMarkdown.ToPlainText("## Vedtak\n\n**Nettverket** ber om [innspill](https://example.org/a) innen *fredag*.\n\n- Punkt én")!;
        text.Should().Contain("Vedtak").And.Contain("Nettverket ber om innspill innen fredag.").And.Contain("Punkt én");
        text.Should().NotContain("**").And.NotContain("##").And.NotContain("https://example.org");
        SafeMarkdown.ToPlainText(" \n ").Should().BeNull();
    }
}
