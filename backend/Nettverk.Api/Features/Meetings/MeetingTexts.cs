namespace Nettverk.Api.Features.Meetings;

/// <summary>Dates and times as the county writes them: "17. mars 2021, kl. 12.00–14.00". Written out by hand so the
/// output does not depend on the machine's ICU data.</summary>
public static class MeetingTexts
{
    static readonly string[] Months =
        ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];
    static readonly string[] Days = ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"];

    public static string Date(DateTime local) => $"{local.Day}. {Months[local.Month - 1]} {local.Year}";

    public static string Date(DateOnly date) => Date(date.ToDateTime(TimeOnly.MinValue));

    /// <summary>The Oslo date of an instant: "6. mai 2021".</summary>
    public static string DateOfUtc(DateTime utc) => Date(Calendar.OsloTime.ToLocal(utc));

    public static string KindLabel(AgendaItemKind kind) => kind switch
    {
        AgendaItemKind.Decision => "Vedtakssak",
        AgendaItemKind.Discussion => "Drøfting",
        _ => "Orientering",
    };

    public static string DayAndDate(DateTime local) => $"{Days[(int)local.DayOfWeek]} {Date(local)}";

    public static string Time(DateTime local) => $"{local.Hour:00}.{local.Minute:00}";

    public static string DateAndTime(DateTime start, DateTime end) =>
        start.Date == end.Date
            ? $"{Date(start)}, kl. {Time(start)}–{Time(end)}"
            : $"{Date(start)} kl. {Time(start)} – {Date(end)} kl. {Time(end)}";

    public static string Place(MeetingFormat format, string? location) => format switch
    {
        MeetingFormat.Digital => "Digitalt møte",
        MeetingFormat.Hybrid => location is null ? "Hybridmøte" : $"{location} og digitalt",
        _ => location ?? "Sted kommer",
    };
}
