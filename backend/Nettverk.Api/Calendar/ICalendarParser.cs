using System.Globalization;
using System.Text;

namespace Nettverk.Api.Calendar;

/// <summary>A content line: name, parameters (upper-cased names, unquoted values) and the raw value.</summary>
public sealed record CalendarProperty(string Name, IReadOnlyDictionary<string, string> Parameters, string Value)
{
    public string Text => ContentLines.UnescapeText(Value);
    public string? Param(string name) => Parameters.TryGetValue(name, out var v) ? v : null;
}

public sealed class CalendarComponent(string name)
{
    public string Name { get; } = name;
    public List<CalendarProperty> Properties { get; } = [];
    public List<CalendarComponent> Components { get; } = [];

    public CalendarProperty? Property(string name) => Properties.FirstOrDefault(p => p.Name == name);
    public IEnumerable<CalendarProperty> All(string name) => Properties.Where(p => p.Name == name);
    public IEnumerable<CalendarComponent> Children(string name) => Components.Where(c => c.Name == name);
}

public sealed class CalendarParseException(string message) : Exception(message);

/// <summary>Reads iCalendar text: what we write, and the REPLY an attendee's calendar sends back. Lenient where real
/// clients differ (LF line ends, tab folding, lower-case names), strict where structure is wrong.</summary>
public static class ICalendarParser
{
    public static CalendarComponent Parse(string text)
    {
        var stack = new Stack<CalendarComponent>();
        CalendarComponent? root = null;
        foreach (var line in Unfold(text))
        {
            if (line.Length == 0) continue;
            var property = ParseLine(line);
            if (property.Name == "BEGIN")
            {
                var component = new CalendarComponent(property.Value.ToUpperInvariant());
                if (stack.Count > 0) stack.Peek().Components.Add(component);
                else if (root is null) root = component;
                else throw new CalendarParseException("More than one top-level component.");
                stack.Push(component);
            }
            else if (property.Name == "END")
            {
                if (stack.Count == 0 || stack.Peek().Name != property.Value.ToUpperInvariant())
                    throw new CalendarParseException($"END:{property.Value} does not close the open component.");
                stack.Pop();
            }
            else
            {
                if (stack.Count == 0) throw new CalendarParseException("A property outside any component.");
                stack.Peek().Properties.Add(property);
            }
        }
        if (root is null || stack.Count > 0) throw new CalendarParseException("The calendar is incomplete.");
        if (root.Name != "VCALENDAR") throw new CalendarParseException("Not a VCALENDAR.");
        return root;
    }

    static IEnumerable<string> Unfold(string text)
    {
        var current = new StringBuilder();
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (raw.Length > 0 && (raw[0] == ' ' || raw[0] == '\t')) { current.Append(raw, 1, raw.Length - 1); continue; }
            if (current.Length > 0) yield return current.ToString();
            current.Clear().Append(raw);
        }
        if (current.Length > 0) yield return current.ToString();
    }

    static CalendarProperty ParseLine(string line)
    {
        var i = 0;
        var name = ReadUntil(line, ref i, ";:", allowQuotes: false).ToUpperInvariant();
        if (name.Length == 0) throw new CalendarParseException($"A line without a name: {line}");
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (i < line.Length && line[i] == ';')
        {
            i++;
            var paramName = ReadUntil(line, ref i, "=", allowQuotes: false).ToUpperInvariant();
            if (i >= line.Length) throw new CalendarParseException($"A parameter without a value: {line}");
            i++;
            var value = ReadUntil(line, ref i, ";:", allowQuotes: true);
            parameters[paramName] = value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;
        }
        if (i >= line.Length || line[i] != ':') throw new CalendarParseException($"A line without a value: {line}");
        return new CalendarProperty(name, parameters, line[(i + 1)..]);
    }

    static string ReadUntil(string line, ref int i, string stops, bool allowQuotes)
    {
        var start = i;
        var quoted = false;
        for (; i < line.Length; i++)
        {
            if (allowQuotes && line[i] == '"') quoted = !quoted;
            else if (!quoted && stops.Contains(line[i])) break;
        }
        return line[start..i];
    }

    /// <summary>Reads a DATE-TIME as UTC: "…Z" as is, a TZID of Europe/Oslo (or none: floating) as Oslo wall-clock time.</summary>
    public static DateTime ReadDateTimeUtc(CalendarProperty property)
    {
        var value = property.Value;
        if (value.EndsWith('Z'))
            return DateTime.SpecifyKind(DateTime.ParseExact(value[..^1], "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture), DateTimeKind.Utc);
        var local = DateTime.ParseExact(value, "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
        var tzid = property.Param("TZID");
        if (tzid is not null && tzid != OsloTime.ZoneId && TimeZoneInfo.TryFindSystemTimeZoneById(tzid, out var zone))
            return TimeZoneInfo.ConvertTimeToUtc(local, zone);
        return OsloTime.ToUtc(local);
    }

    public static string? MailtoAddress(string value) =>
        value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? value[7..] : null;
}
