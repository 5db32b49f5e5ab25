using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Persistence;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>What the app keeps in memory (read answers, sessions, a caller's roles) never hides a write and never
/// reaches another caller: every answer is kept per URL and caller, and only until the next committed write.</summary>
public sealed class ReadCacheTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    long Version => app.Services.GetRequiredService<DataVersion>().Current;

    [Fact]
    public async Task ReadAgain_AfterAWrite_ShowsTheWrite()
    {
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var network = await app.NetworkAsync();
        var url = $"/api/bodies/{network}/meetings?year=2031";
        (await secretariat.GetJsonAsync<Page<MeetingSummary>>(url)).Items.Should().BeEmpty();
        (await secretariat.GetJsonAsync<Page<MeetingSummary>>(url)).Items.Should().BeEmpty(); // now kept

        await (await secretariat.PostAsync($"/api/bodies/{network}/meetings", new
        {
            title = "Møte i 2031", startsAt = "2031-02-12T12:00:00", endsAt = "2031-02-12T14:00:00", format = "Physical",
            location = "Fylkeshuset", isOpen = false,
        })).ShouldBe(HttpStatusCode.Created);

        (await secretariat.GetJsonAsync<Page<MeetingSummary>>(url)).Items.Should().ContainSingle(m => m.Title == "Møte i 2031");
    }

    [Fact]
    public async Task TheSameUrl_ForTwoCallers_AnswersEachTheirOwn()
    {
        var meeting = await app.FirstMeetingAsync();
        using var representative = await app.SignInAsync(DemoIds.SeatHolder);
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        // The secretariat sees everyone's answers; a representative only their own.
        (await representative.GetJsonAsync<MeetingDetails>($"/api/meetings/{meeting}")).Invitations.Should().BeNull();
        (await secretariat.GetJsonAsync<MeetingDetails>($"/api/meetings/{meeting}")).Invitations.Should().NotBeNullOrEmpty();
        (await representative.GetJsonAsync<MeetingDetails>($"/api/meetings/{meeting}")).Invitations.Should().BeNull();
        (await secretariat.GetJsonAsync<MeetingDetails>($"/api/meetings/{meeting}")).CanManage.Should().BeTrue();
    }

    [Fact]
    public async Task ASignedInAnswer_IsNeverGivenToAnonymousOrToAnotherBody()
    {
        var network = await app.NetworkAsync();
        using var representative = await app.SignInAsync(DemoIds.SeatHolder);
        await (await representative.GetAsync($"/api/bodies/{network}")).ShouldBe(HttpStatusCode.OK);
        await (await representative.GetAsync($"/api/bodies/{network}")).ShouldBe(HttpStatusCode.OK);
        using var anonymous = app.Client();
        await (await anonymous.GetAsync($"/api/bodies/{network}")).ShouldBeProblem(HttpStatusCode.Unauthorized);
        // A private body the representative has no role in: the administrator's answer, kept, is not theirs.
        var krafttak = await app.BodyAsync("Krafttak – prosjektgruppe");
        using var admin = await app.SignInAsync(DemoIds.Admin);
        await (await admin.GetAsync($"/api/bodies/{krafttak}")).ShouldBe(HttpStatusCode.OK);
        await (await admin.GetAsync($"/api/bodies/{krafttak}")).ShouldBe(HttpStatusCode.OK);
        await (await representative.GetAsync($"/api/bodies/{krafttak}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RolesChange_TakeEffectOnTheNextRequest()
    {
        var network = await app.NetworkAsync();
        using var representative = await app.SignInAsync(DemoIds.SeatHolder);
        await (await representative.GetAsync($"/api/bodies/{network}/meetings")).ShouldBe(HttpStatusCode.OK);
        var person = await app.PersonAsync(DemoIds.SeatHolder);
        var seats = await app.WithDbAsync(db => db.Seats.Where(s => s.RepresentativeId == person).Select(s => s.Id).ToListAsync());
        try
        {
            // Out of the network (a write of the app's own DbContext, as any feature's would be).
            await app.WithDbAsync(db => db.Seats.Where(s => seats.Contains(s.Id)).ExecuteUpdateAsync(u => u.SetProperty(s => s.RepresentativeId, (Guid?)null)));
            await (await representative.GetAsync($"/api/bodies/{network}/meetings")).ShouldBeProblem(HttpStatusCode.NotFound);
        }
        finally
        {
            await app.WithDbAsync(db => db.Seats.Where(s => seats.Contains(s.Id)).ExecuteUpdateAsync(u => u.SetProperty(s => s.RepresentativeId, person)));
        }
        await (await representative.GetAsync($"/api/bodies/{network}/meetings")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AWriteInATransaction_CountsAtItsCommit_NotBefore()
    {
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<NettverkDbContext>();
            var before = Version;
            await using var transaction = await db.Database.BeginTransactionAsync();
            var organisation = await db.Organisations.OrderBy(o => o.Id).FirstAsync();
            await db.Organisations.Where(o => o.Id == organisation.Id).ExecuteUpdateAsync(u => u.SetProperty(o => o.Name, o => o.Name));
            Version.Should().Be(before, "nothing is committed yet, and a read now would still see the old data");
            await transaction.CommitAsync();
            Version.Should().BeGreaterThan(before);
        });
    }

    [Fact]
    public void EveryCachedOperation_Exists()
    {
        var names = app.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IEndpointNameMetadata>()?.EndpointName).ToHashSet();
        ReadCache.Operations.Should().OnlyContain(name => names.Contains(name), "a renamed operation would silently stop being cached");
    }
}
