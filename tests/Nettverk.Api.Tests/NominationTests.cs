using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>The nomination flow: an organisation contact proposes, the secretariat decides, the seat and the audit log follow.</summary>
public sealed class NominationTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    const string Lo = "LO Vestfold og Telemark";

    [Fact]
    public async Task ContactNominates_SecretariatApproves_SeatShowsTheNewPeople_AndTheAuditLogHasIt()
    {
        var network = await app.NetworkAsync();
        var lo = await app.OrganisationAsync(Lo);
        using var contact = await app.SignInAsync(DemoIds.Contact);

        var created = (await (await contact.PostAsync($"/api/bodies/{network}/nominations", new
        {
            organisationId = lo,
            representative = new { name = "Turid Bakkevold", email = "turid.bakkevold@example.org", title = "Regionleder" },
            deputies = new[] { new { name = "Petter Haugen", email = "petter.haugen@example.org" } },
            comment = "Ny regionleder fra 1. januar.",
        })).ShouldBe(HttpStatusCode.Created))!;
        created["status"]!.GetValue<string>().Should().Be("Pending");
        var nominationId = created["id"]!.GetValue<string>();
        (await OutboxToAsync(DemoIds.Secretariat)).Should().Contain(s => s.Contains(Lo), "the secretariat hears of the proposal");

        // A second proposal for the same seat waits for the first one.
        await (await contact.PostAsync($"/api/bodies/{network}/nominations", new
        {
            organisationId = lo, representative = new { name = "Noen Andre", email = "noen.andre@example.org" },
        })).ShouldBeProblem(HttpStatusCode.Conflict, code: "nomination_pending");

        // The proposer may not decide on it.
        await (await contact.PostAsync($"/api/bodies/{network}/nominations/{nominationId}/approve"))
            .ShouldBeProblem(HttpStatusCode.Forbidden);

        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var pending = await secretariat.GetItemsAsync($"/api/bodies/{network}/nominations?status=Pending");
        pending.Should().Contain(n => n!["id"]!.GetValue<string>() == nominationId);

        var approved = (await (await secretariat.PostAsync($"/api/bodies/{network}/nominations/{nominationId}/approve"))
            .ShouldBe(HttpStatusCode.OK))!;
        approved["status"]!.GetValue<string>().Should().Be("Approved");
        // Who proposed and who decided, by name: the accounts' addresses stay in the nomination and the audit log.
        var secretaryName = await app.WithDbAsync(db => db.People.Where(p => p.Email == DemoIds.Secretariat).Select(p => p.Name).SingleAsync());
        var contactName = await app.WithDbAsync(db => db.People.Where(p => p.Email == DemoIds.Contact).Select(p => p.Name).SingleAsync());
        approved["decidedBy"]!.GetValue<string>().Should().Be(secretaryName);
        approved["nominatedBy"]!.GetValue<string>().Should().Be(contactName);
        await (await secretariat.PostAsync($"/api/bodies/{network}/nominations/{nominationId}/approve"))
            .ShouldBeProblem(HttpStatusCode.Conflict, code: "nomination_not_pending");

        var seat = await LoSeatAsync(secretariat, network);
        seat["representative"]!["name"]!.GetValue<string>().Should().Be("Turid Bakkevold");
        seat["representative"]!["organisationName"]!.GetValue<string>().Should().Be(Lo);
        seat["deputies"]!.AsArray().Select(d => (d!["order"]!.GetValue<int>(), d["person"]!["name"]!.GetValue<string>()))
            .Should().Equal((1, "Petter Haugen"));
        (await OutboxToAsync(DemoIds.Contact)).Should().Contain(s => s.Contains("Turid Bakkevold"), "the contact hears the decision");

        // The seat holder of the network sees the new representative on the body's page too.
        using var seatHolder = await app.SignInAsync(DemoIds.SeatHolder);
        (await LoSeatAsync(seatHolder, network))["representative"]!["name"]!.GetValue<string>().Should().Be("Turid Bakkevold");

        var audit = await secretariat.GetNodeAsync($"/api/audit?bodyId={network}&pageSize=200");
        var items = audit["items"]!.AsArray();
        items.Should().Contain(e => e!["entityType"]!.GetValue<string>() == "Nomination" && e["action"]!.GetValue<string>() == "Updated"
            && e["entityId"]!.GetValue<string>() == nominationId && e["actor"]!.GetValue<string>() == DemoIds.Secretariat
            && e["actorName"]!.GetValue<string>() == secretaryName
            && e["changes"]!.AsArray().Any(c => c!["property"]!.GetValue<string>() == "status"
                && c["before"]!.GetValue<string>() == "Pending" && c["after"]!.GetValue<string>() == "Approved"));
        items.Should().Contain(e => e!["entityType"]!.GetValue<string>() == "Seat"
            && e["changes"]!.AsArray().Any(c => c!["property"]!.GetValue<string>() == "representativeId"),
            "the seat's new representative is in the log with before and after");
    }

    [Fact]
    public async Task SecretariatRejects_WithAReason_TheSeatIsUnchanged_AndAnEmptyReasonIs400()
    {
        var network = await app.NetworkAsync();
        var nhoSeatBefore = await NhoRepresentativeAsync(network);
        var nho = await app.OrganisationAsync("NHO Vestfold og Telemark");
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        // The secretariat may record a proposal on an organisation's behalf (it came by e-mail).
        var created = (await (await secretariat.PostAsync($"/api/bodies/{network}/nominations", new
        {
            organisationId = nho, representative = new { name = "Jon Avvist", email = "jon.avvist@example.org" },
        })).ShouldBe(HttpStatusCode.Created))!;
        var id = created["id"]!.GetValue<string>();

        await (await secretariat.PostAsync($"/api/bodies/{network}/nominations/{id}/reject", new { reason = " " }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "reason");
        var rejected = (await (await secretariat.PostAsync($"/api/bodies/{network}/nominations/{id}/reject",
            new { reason = "Organisasjonen har bedt om å vente til årsmøtet." })).ShouldBe(HttpStatusCode.OK))!;
        rejected["status"]!.GetValue<string>().Should().Be("Rejected");
        rejected["decisionReason"]!.GetValue<string>().Should().Be("Organisasjonen har bedt om å vente til årsmøtet.");
        (await NhoRepresentativeAsync(network)).Should().Be(nhoSeatBefore);
        (await app.WithDbAsync(db => db.People.AnyAsync(p => p.Email == "jon.avvist@example.org"))).Should().BeFalse(
            "a rejected candidate is not registered");
    }

    [Fact]
    public async Task ContactMayNotNominateForAnotherOrganisation_NorSeeItsProposals_NorPickItsPeople()
    {
        var network = await app.NetworkAsync();
        var nho = await app.OrganisationAsync("NHO Vestfold og Telemark");
        var lo = await app.OrganisationAsync(Lo);
        using var contact = await app.SignInAsync(DemoIds.Contact);
        await (await contact.PostAsync($"/api/bodies/{network}/nominations", new
        {
            organisationId = nho, representative = new { name = "Feil Organisasjon", email = "feil@example.org" },
        })).ShouldBeProblem(HttpStatusCode.Forbidden);

        var nhoPerson = await app.PersonAsync(DemoIds.SeatHolder);
        await (await contact.PostAsync($"/api/bodies/{network}/nominations", new
        {
            organisationId = lo, representative = new { personId = nhoPerson },
        })).ShouldBeProblem(HttpStatusCode.BadRequest, "representative.personId");

        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var nhoProposal = (await (await secretariat.PostAsync($"/api/bodies/{network}/nominations", new
        {
            organisationId = nho, representative = new { name = "Skjult Forslag", email = "skjult@example.org" },
        })).ShouldBe(HttpStatusCode.Created))!["id"]!.GetValue<string>();
        var visible = await contact.GetItemsAsync($"/api/bodies/{network}/nominations");
        visible.Should().NotContain(n => n!["id"]!.GetValue<string>() == nhoProposal);
        (await contact.GetItemsAsync("/api/nominations")).Should().NotContain(n => n!["id"]!.GetValue<string>() == nhoProposal);
        await (await contact.PostAsync($"/api/bodies/{network}/nominations/{nhoProposal}/withdraw")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await secretariat.PostAsync($"/api/bodies/{network}/nominations/{nhoProposal}/withdraw")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Audit_IsForTheSecretariatOfTheBody_AndAdministrators_Only()
    {
        var network = await app.NetworkAsync();
        var krafttak = await app.BodyAsync("Krafttak – prosjektgruppe");
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        using var admin = await app.SignInAsync(DemoIds.Admin);
        using var seatHolder = await app.SignInAsync(DemoIds.SeatHolder);

        var all = await admin.GetNodeAsync("/api/audit?pageSize=200");
        all["total"]!.GetValue<int>().Should().BeGreaterThan(0);
        var networkOnly = await secretariat.GetNodeAsync($"/api/audit?bodyId={network}&pageSize=200");
        networkOnly["items"]!.AsArray().Should().OnlyContain(e => e!["bodyId"]!.GetValue<string>() == network.ToString());
        await (await seatHolder.GetAsync($"/api/audit?bodyId={network}")).ShouldBeProblem(HttpStatusCode.Forbidden);
        // The network's secretariat has nothing to do with the Krafttak project: its log is not theirs.
        var other = await secretariat.GetAsync($"/api/audit?bodyId={krafttak}");
        ((int)other.StatusCode).Should().BeOneOf(403, 404);
        await (await secretariat.GetAsync("/api/audit?pageSize=0")).ShouldBeProblem(HttpStatusCode.BadRequest, "pageSize");
    }

    static async Task<JsonNode> LoSeatAsync(ApiClient client, Guid network)
    {
        var memberships = await client.GetItemsAsync($"/api/bodies/{network}/memberships");
        return memberships.Single(m => m!["organisation"]!["name"]!.GetValue<string>() == Lo)!["seats"]![0]!;
    }

    Task<Guid?> NhoRepresentativeAsync(Guid network) => app.WithDbAsync(db => db.Seats
        .Where(s => s.BodyId == network && db.Memberships.Any(m => m.Id == s.MembershipId
            && db.Organisations.Any(o => o.Id == m.OrganisationId && o.Name == "NHO Vestfold og Telemark")))
        .Select(s => s.RepresentativeId).SingleAsync());

    Task<List<string>> OutboxToAsync(string email) => app.WithDbAsync(db => db.OutboxMessages
        .Where(m => m.To == email).Select(m => m.Subject + "\n" + m.TextBody).ToListAsync());
}
