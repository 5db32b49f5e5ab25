using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Nettverk.Tests;

/// <summary>Mozilla's ical.js (tests/tools/ics-check.mjs) as an independent judge of the calendars we write.</summary>
public static class IcalJs
{
    public static string RepoRoot { get; } = FindRoot();

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Nettverk.sln"))) return dir.FullName;
        throw new InvalidOperationException("Nettverk.sln not found");
    }

    /// <summary>Parses each calendar with ical.js; fails the test with ical.js's own message if it refuses one.</summary>
    public static async Task<JsonArray> ParseAsync(params string[] calendars)
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
            var script = Path.Combine(RepoRoot, "tests", "tools", "ics-check.mjs");
            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(script);
            foreach (var f in files) start.ArgumentList.Add(f);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.Should().Be(0, $"ical.js refused a calendar: {await stderr}");
            return JsonNode.Parse(await stdout)!.AsArray();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
