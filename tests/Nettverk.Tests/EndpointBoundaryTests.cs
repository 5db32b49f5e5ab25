using System.Text.RegularExpressions;

namespace Nettverk.Tests;

/// <summary>An endpoint class maps routes to its handlers. What another class needs from it belongs in the feature's
/// reads or service classes (MeetingAccess, MinutesReads, BodyReads, SeatAssignment), where a newcomer looks for it and
/// where a change to one route cannot break another feature.</summary>
public sealed partial class EndpointBoundaryTests
{
    // REVIEW: the minutes' documents share "the minutes as this caller may read them" with the minutes' own routes, in
    // the same feature; moving it takes its load and read-rule helpers along, which is a change of its own.
    static readonly string[] Known = ["MinutesDocumentEndpoints.cs: MinutesEndpoints.ReadAsync"];

    [Fact]
    public void NoClass_ReachesIntoAnotherEndpointClass_BeyondItsMapMethod()
    {
        var source = Path.Combine(IcalJs.RepoRoot, "backend", "Nettverk.Api");
        var reaches = new List<string>();
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) continue;
            var own = Path.GetFileNameWithoutExtension(file);
            foreach (Match reach in Reach().Matches(File.ReadAllText(file)))
                if (reach.Groups["class"].Value != own) reaches.Add($"{Path.GetFileName(file)}: {reach.Value}");
        }

        reaches.Distinct().Except(Known).Should().BeEmpty("a helper shared beyond its endpoint class moves to the feature's reads or service class");
    }

    [GeneratedRegex(@"\b(?<class>[A-Z]\w*Endpoints)\.(?!Map)[A-Z]\w*")]
    private static partial Regex Reach();
}
