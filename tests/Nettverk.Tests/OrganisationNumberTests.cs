using Nettverk.Api.Features.Organisations;

namespace Nettverk.Tests;

public sealed class OrganisationNumberTests
{
    [Theory]
    [InlineData("974760673")] // Brønnøysundregistrene
    [InlineData("981 544 315")]
    [InlineData(" 974 760 673 ")]
    public void Normalise_AcceptsValidNumbers_WithOrWithoutSpaces(string input) =>
        OrganisationNumber.Normalise(input).Should().MatchRegex("^[0-9]{9}$");

    [Theory]
    [InlineData("974760674")] // wrong check digit
    [InlineData("97476067")]  // eight digits
    [InlineData("9747606730")]
    [InlineData("97476067A")]
    [InlineData("９７４７６０６７３")] // full-width digits are not ASCII digits
    public void Normalise_RefusesInvalidNumbers(string input) => OrganisationNumber.Normalise(input).Should().BeNull();

    [Fact]
    public void IsValid_AgreesWithTheWeightedSumFormulation_OnEveryCheckDigitOfManyPrefixes()
    {
        // Independent formulation: with weight 1 for the check digit, a valid number's weighted sum is divisible by 11.
        int[] weights = [3, 2, 7, 6, 5, 4, 3, 2, 1];
        var random = new Random(5545);
        for (var n = 0; n < 20_000; n++)
        {
            var prefix = random.Next(80_000_000, 100_000_000).ToString();
            var validCount = 0;
            for (var check = 0; check <= 9; check++)
            {
                var number = prefix + check;
                var expected = number.Select((c, i) => (c - '0') * weights[i]).Sum() % 11 == 0;
                OrganisationNumber.IsValid(number).Should().Be(expected, number);
                if (expected) validCount++;
            }
            validCount.Should().BeLessThanOrEqualTo(1, $"{prefix} has at most one check digit");
        }
    }
}
