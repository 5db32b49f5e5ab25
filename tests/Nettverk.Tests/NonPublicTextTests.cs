using Nettverk.Api.Features.Minutes;

namespace Nettverk.Tests;

public sealed class NonPublicTextTests
{
    const string Notes = """
        Forumet har gode erfaringer.

        ::: ikke-offentlig
        Innlederen omtalte en personalsak.
        :::

        Presentasjonen sendes ut.
        """;

    [Fact]
    public void Strip_LeavesOutTheFencedParagraphs_AndKeepsTheRest()
    {
        var text = NonPublicText.Strip(Notes)!;
        text.Should().Contain("Forumet har gode erfaringer.").And.Contain("Presentasjonen sendes ut.");
        text.Should().NotContain("personalsak").And.NotContain(":::");
    }

    [Theory]
    [InlineData("::: ikkje-offentleg")]
    [InlineData(":::not-public")]
    [InlineData("  :::  IKKE-OFFENTLIG  ")]
    public void Strip_KnowsTheFenceInEveryLanguage(string fence) =>
        NonPublicText.Strip($"Før\n{fence}\nHemmelig\n:::\nEtter").Should().Be("Før\nEtter");

    [Fact]
    public void AnUnclosedFence_HidesTheRest_RatherThanPublishingIt() =>
        NonPublicText.Strip("Åpent\n::: ikke-offentlig\nHemmelig\n\nOgså hemmelig").Should().Be("Åpent");

    [Fact]
    public void ATextThatIsAllNonPublic_LeavesNothing() =>
        NonPublicText.Strip("::: ikke-offentlig\nAlt er hemmelig\n:::").Should().BeNull();

    [Fact]
    public void Marked_QuotesTheNonPublicPart_ForMembers()
    {
        var marked = NonPublicText.Marked(Notes)!;
        marked.Should().Contain("> **Ikke offentlig:**").And.Contain("> Innlederen omtalte en personalsak.");
        marked.Should().NotContain(":::");
        var html = Nettverk.Api.Common.SafeMarkdown.ToHtml(marked)!;
        html.Should().Contain("<blockquote>").And.Contain("personalsak");
    }

    [Fact]
    public void TextWithoutFences_IsLeftAsItIs() =>
        NonPublicText.Strip("Bare åpent.\n\n- punkt").Should().Be("Bare åpent.\n\n- punkt");
}
