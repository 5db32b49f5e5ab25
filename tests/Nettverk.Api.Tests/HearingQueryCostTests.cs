using System.Net;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Nettverk.Api.Tests;

/// <summary>Opening a hearing or an input round writes to every party, but looks up where their mail goes in a fixed
/// number of statements, not one (or three) per party.</summary>
public sealed class HearingQueryCostTests(SqlRecordingApp app, ITestOutputHelper output) : IClassFixture<SqlRecordingApp>
{
    async Task<int> ReadsWhileAsync(ApiClient client, string path)
    {
        app.Statements.Clear();
        await (await client.PostAsync(path)).ShouldBe(HttpStatusCode.OK);
        var reads = app.Statements.Where(s => s.Request == path && s.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)).ToList();
        output.WriteLine($"{path}: {reads.Count} reads of {app.Statements.Count(s => s.Request == path)} statements");
        return reads.Count;
    }

    async Task<string> HearingAsync(ApiClient secretariat, Guid network, object parties)
    {
        var now = DateTime.UtcNow;
        var hearing = (await (await secretariat.PostAsync($"/api/bodies/{network}/hearings", new
        {
            title = "Kostnadshøring", opensAt = now.AddDays(-1), closesAt = now.AddDays(30),
        })).ShouldBe(HttpStatusCode.Created))!["id"]!.GetValue<string>();
        await (await secretariat.PostAsync($"/api/hearings/{hearing}/parties", parties)).ShouldBe(HttpStatusCode.OK);
        return hearing;
    }

    [Fact]
    public async Task OpeningAHearingToTenParties_ReadsNoMoreThanOpeningItToOne()
    {
        var network = await app.NetworkAsync();
        var members = await app.WithDbAsync(db => db.Memberships.Where(m => m.BodyId == network && m.LeftOn == null)
            .Select(m => m.OrganisationId).Distinct().ToListAsync());
        members.Should().HaveCount(10, "the seed network has ten member organisations");
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var one = await HearingAsync(secretariat, network, new { organisationIds = new[] { members[0] } });
        var ten = await HearingAsync(secretariat, network, new { memberOrganisationsOfBodyId = network });

        var readsForOne = await ReadsWhileAsync(secretariat, $"/api/hearings/{one}/open");
        var readsForTen = await ReadsWhileAsync(secretariat, $"/api/hearings/{ten}/open");
        (await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == "hearing-invitation"))).Should().BeGreaterThanOrEqualTo(11);
        // At most one more: the representatives of the organisations that have no contact, looked up once for all of them.
        readsForTen.Should().BeLessThanOrEqualTo(readsForOne + 1, "recipients are looked up for all parties at once, not per party");
    }

    [Fact]
    public async Task OpeningAnInputRoundToTenOrganisations_ReadsNoMoreThanAFixedNumber()
    {
        var network = await app.NetworkAsync();
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var now = DateTime.UtcNow;
        var round = (await (await secretariat.PostAsync($"/api/bodies/{network}/input-rounds", new
        {
            title = "Kostnadsrunde", mode = "PerOrganisation", opensAt = now.AddDays(-1).ToString("yyyy-MM-ddTHH:mm:ss"),
            closesAt = now.AddDays(20).ToString("yyyy-MM-ddTHH:mm:ss"),
            questions = new[] { new { kind = "FreeText", text = "Hva er viktigst?" } },
        })).ShouldBe(HttpStatusCode.Created))!["id"]!.GetValue<string>();
        var reads = await ReadsWhileAsync(secretariat, $"/api/input-rounds/{round}/open");
        reads.Should().BeLessThan(20, "ten organisations' recipients are three queries, not thirty");
    }
}
