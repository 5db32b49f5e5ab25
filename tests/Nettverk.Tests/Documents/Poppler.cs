using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Nettverk.Tests.Documents;

/// <summary>Reads our PDFs back with Debian's poppler-utils (pdftotext, pdfinfo, pdffonts): an independent reader, as
/// the calendar tests use ical.js. tests/run.sh installs poppler-utils; without it these tests fail, not skip.</summary>
public static partial class Poppler
{
    public static string Text(byte[] pdf) => Run("pdftotext", pdf, "-layout", "-enc", "UTF-8", "{file}", "-");

    /// <summary>The text with every run of whitespace as one space, so a phrase matches even where a line wrapped.</summary>
    public static string FlatText(byte[] pdf) => Whitespace().Replace(Text(pdf), " ");

    /// <summary>pdftotext's word boxes (-bbox): each word with its right edge, in points.</summary>
    public static IReadOnlyList<(string Word, double XMax, double PageWidth)> Words(byte[] pdf)
    {
        var html = Run("pdftotext", pdf, "-bbox", "{file}", "-");
        var words = new List<(string, double, double)>();
        double pageWidth = 0;
        foreach (Match m in BoxOrPage().Matches(html))
        {
            if (m.Groups["pw"].Success) pageWidth = double.Parse(m.Groups["pw"].Value, System.Globalization.CultureInfo.InvariantCulture);
            else words.Add((m.Groups["w"].Value, double.Parse(m.Groups["x"].Value, System.Globalization.CultureInfo.InvariantCulture), pageWidth));
        }
        return words;
    }

    /// <summary>pdfinfo's "Key: value" lines.</summary>
    public static Dictionary<string, string> Info(byte[] pdf) => Run("pdfinfo", pdf, "-enc", "UTF-8", "{file}")
        .Split('\n').Where(l => l.Contains(':'))
        .ToDictionary(l => l[..l.IndexOf(':')].Trim(), l => l[(l.IndexOf(':') + 1)..].Trim());

    /// <summary>pdffonts' table rows (after the two header lines).</summary>
    public static string[] Fonts(byte[] pdf) => Run("pdffonts", pdf, "{file}").Split('\n', StringSplitOptions.RemoveEmptyEntries)[2..];

    static string Run(string tool, byte[] pdf, params string[] args)
    {
        var file = Path.Combine(Path.GetTempPath(), $"nettverk-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in args) start.ArgumentList.Add(arg == "{file}" ? file : arg);
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
            var stderr = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {stderr.Result}");
            return output;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is missing: install poppler-utils (tests/run.sh does).", e);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<page width=""(?<pw>[\d.]+)""|<word xMin=""[\d.]+"" yMin=""[\d.]+"" xMax=""(?<x>[\d.]+)"" yMax=""[\d.]+"">(?<w>[^<]*)</word>")]
    private static partial Regex BoxOrPage();
}
