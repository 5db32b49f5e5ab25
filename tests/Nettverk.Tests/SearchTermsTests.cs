using Nettverk.Api.Common;
using Nettverk.Api.Features.Search;

namespace Nettverk.Tests;

public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("Møte plan", "\"møte\"* \"plan\"*")]
    [InlineData("NEAR(møte \"plan\")", "\"near\"* \"møte\"* \"plan\"*")]
    [InlineData("-økonomi title:ÅR*", "\"økonomi\"* \"title\"* \"år\"*")]
    [InlineData("sak 3/21", "\"sak\"* \"3\"* \"21\"*")]
    public void Parse_KeepsOnlyWords_EachQuotedAsAPrefix(string q, string match) =>
        SearchTerms.Parse(q).Fts5Match().Should().Be(match);

    [Theory]
    [InlineData(null, ErrorCodes.Required)]
    [InlineData("  ", ErrorCodes.Required)]
    [InlineData("\"*\" () :", ErrorCodes.Required)]
    [InlineData("a b c d e f g h i j k l m", ErrorCodes.TooMany)]
    public void Parse_RefusesWhatHasNoWordsOrTooMany_NamingQ(string? q, string code)
    {
        var refused = FluentActions.Invoking(() => SearchTerms.Parse(q)).Should().Throw<FieldValidationException>().Which;
        refused.Field.Should().Be("q");
        refused.Code.Should().Be(code);
    }

    [Fact]
    public void Matches_AreWordStarts_CaseFolded()
    {
        var terms = SearchTerms.Parse("øst");
        var text = "Kompetanseforum Østfold og Sørøst-Norge";
        terms.Matches(text).Select(r => text.Substring(r.Start, r.Length)).Should().Equal("Øst");
    }

    [Fact]
    public void Snippet_IsPlainTextAroundTheFirstMatch_WithItsRangesInside()
    {
        var text = string.Join(' ', Enumerable.Repeat("Innledende tekst uten treff.", 20)) + "\nHer kommer møteplanen for 2021. " + new string('x', 400);
        var (snippet, matches) = SearchTerms.Parse("møteplan").Snippet(text)!.Value;
        snippet.Should().StartWith("… ").And.EndWith(" …").And.NotContain("\n");
        snippet.Length.Should().BeLessThan(200);
        matches.Should().ContainSingle();
        snippet.Substring(matches[0].Start, matches[0].Length).Should().Be("møteplan");
        SearchTerms.Parse("fravær").Snippet(text).Should().BeNull();
    }
}
