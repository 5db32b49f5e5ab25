namespace Nettverk.Api.Calendar;

/// <summary>Europe/Oslo, the zone every meeting is planned in. Ical.Net writes its VTIMEZONE (from NodaTime's tzdb).</summary>
public static class OsloTime
{
    public const string ZoneId = "Europe/Oslo";
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public static DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    public static DateTime ToLocal(DateTime utc) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone), DateTimeKind.Unspecified);

    /// <summary>Today's date in Norway: what a deadline day, a due date or a term's start is compared with. Not the
    /// server's own date, which is a day off around midnight on a server that runs on UTC.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));
}
