namespace Nettverk.Api.Jobs;

/// <summary>Turns an interval in seconds into a Hangfire cron expression. Hangfire 1.8 reads six-part cron (with a
/// seconds field), so sub-minute sweeps stay recurring jobs, visible in the dashboard, rather than a loop of our own.
/// Cron fires on the clock, not every N seconds from start, so an interval is rounded down to one that divides its unit
/// (45 s → every 30 s, 7 min → every 6 min); the sweeps are safety nets, so a little more often costs nothing.</summary>
public static class Every
{
    public static string Seconds(int seconds)
    {
        if (seconds < 60) return $"*/{Divisor(seconds, 60)} * * * * *";
        if (seconds < 3600) return $"0 */{Divisor(seconds / 60, 60)} * * * *";
        if (seconds < 86400) return $"0 0 */{Divisor(seconds / 3600, 24)} * * *";
        return "0 0 0 * * *";
    }

    /// <summary>The largest divisor of <paramref name="unit"/> that is at most <paramref name="value"/> (at least 1).</summary>
    static int Divisor(int value, int unit) =>
        Enumerable.Range(1, Math.Max(1, Math.Min(value, unit))).Last(d => unit % d == 0);
}
