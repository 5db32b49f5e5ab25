using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>The statistics are counted by the database: every statement a figure runs aggregates (GROUP BY / COUNT) or reads
/// one small lookup, and their number does not grow with the data.</summary>
public sealed class StatisticsQueryTests(SqlRecordingApp app) : IClassFixture<SqlRecordingApp>
{
    [Theory]
    [InlineData("attendance"), InlineData("answers"), InlineData("action-items"), InlineData("participation")]
    public async Task AFigure_IsCountedInSql_NotByLoadingTheRows(string figure)
    {
        var url = $"/api/bodies/{await app.NetworkAsync()}/statistics/{figure}";
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        await app.RecordAsync(secretariat, url);
        var statements = await app.RecordAsync(secretariat, url);
        var figures = statements.Where(s => s.Sql.Contains("\"MinutesAttendees\"") || s.Sql.Contains("\"Invitations\"")
            || s.Sql.Contains("\"ActionItems\"") || s.Sql.Contains("\"HearingParties\"") || s.Sql.Contains("\"Inputs\"")).ToList();
        figures.Should().NotBeEmpty();
        figures.Should().OnlyContain(s => s.Sql.Contains("GROUP BY") || s.Sql.Contains("COUNT("),
            "each figure comes back as counts, not as the rows counted");
        statements.Count.Should().BeLessThanOrEqualTo(10);
    }
}
