using Nettverk.Api.Calendar;

namespace Nettverk.Tests;

public class OsloTimeTests
{
    sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
        // A server whose own zone is UTC: what the old code read as "today".
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    [Theory]
    [InlineData("2026-12-01T23:30:00Z", "2026-12-02")] // winter: Oslo is UTC+1, already the next day
    [InlineData("2026-06-30T22:15:00Z", "2026-07-01")] // summer: UTC+2
    public void Today_IsTheDateInNorway_NotTheServers(string utc, string expected)
    {
        var clock = new FixedClock(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        OsloTime.Today(clock).Should().Be(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        DateOnly.FromDateTime(clock.GetLocalNow().DateTime).Should().NotBe(OsloTime.Today(clock), "the server's own date would be a day off here");
    }
}
