using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Nettverk.Tests;

/// <summary>Two independent judges of the calendars we write: Mozilla's ical.js (tests/tools/ics-check.mjs) and node-ical
/// (tests/tools/ics-check-node-ical.mjs). Each must read every calendar, and they must agree on what it says.</summary>
public static class IcalJs
{
    public static string RepoRoot { get; } = FindRoot();

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Nettverk.sln"))) return dir.FullName;
        throw new InvalidOperationException("Nettverk.sln not found");
    }

    static readonly string[] SharedFields = ["uid", "sequence", "summary", "description", "location", "status", "start", "end"];

    /// <summary>Parses each calendar with ical.js and with node-ical; fails the test with the parser's own message if
    /// either refuses one, or if they read it differently. Returns ical.js's reading.</summary>
    public static async Task<JsonArray> ParseAsync(params string[] calendars)
    {
        var icalJs = await RunAsync("ics-check.mjs", "ical.js", calendars);
        var nodeIcal = await RunAsync("ics-check-node-ical.mjs", "node-ical", calendars);
        for (var i = 0; i < calendars.Length; i++)
        {
            var a = icalJs[i]!;
            var b = nodeIcal[i]!;
            var because = $"ical.js and node-ical must read calendar {i} alike:\n{calendars[i]}";
            b["method"]?.ToJsonString().Should().Be(a["method"]?.ToJsonString(), because);
            var ea = a["events"]!.AsArray();
            var eb = b["events"]!.AsArray();
            eb.Count.Should().Be(ea.Count, because);
            for (var j = 0; j < ea.Count; j++)
            {
                foreach (var field in SharedFields)
                    eb[j]![field]?.ToJsonString().Should().Be(ea[j]![field]?.ToJsonString(), $"{field}: {because}");
                Pick(eb[j]!["organizer"]).Should().Be(Pick(ea[j]!["organizer"]), $"organizer: {because}");
                eb[j]!["attendees"]!.AsArray().Select(Pick).Should().Equal(ea[j]!["attendees"]!.AsArray().Select(Pick), $"attendees: {because}");
            }
        }
        return icalJs;
    }

    static string? Pick(JsonNode? address) => address is null ? null
        : $"{address["email"]?.GetValue<string>()}|{address["cn"]?.GetValue<string>()}";

    static async Task<JsonArray> RunAsync(string scriptName, string judge, string[] calendars)
    {
        var folder = Path.Combine(Path.GetTempPath(), "nettverk-ics", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var files = new List<string>();
            for (var i = 0; i < calendars.Length; i++)
            {
                var file = Path.Combine(folder, $"{i}.ics");
                await File.WriteAllTextAsync(file, calendars[i]);
                files.Add(file);
            }
            var script = Path.Combine(RepoRoot, "tests", "tools", scriptName);
            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(script);
            foreach (var f in files) start.ArgumentList.Add(f);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.Should().Be(0, $"{judge} refused a calendar: {await stderr}");
            return JsonNode.Parse(await stdout)!.AsArray();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
