using System.Text.Json.Nodes;
using Nettverk.Api.Demo;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>An organisation's page shows its memberships only in bodies the reader may see, and its people's contact
/// details only to those whose work needs them (the registry's keepers, its own contacts, those who hold its seats).</summary>
public sealed class OrganisationVisibilityTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    const string Nho = "NHO Vestfold og Telemark";
    const string Lo = "LO Vestfold og Telemark";
    // A member of the private Krafttak bodies only.
    const string Fagforbundet = "Fagforbundet Vestfold og Telemark";

    async Task<JsonNode> ReadAsync(string caller, string organisation)
    {
        using var client = await app.SignInAsync(caller);
        return await client.GetNodeAsync($"/api/organisations/{await app.OrganisationAsync(organisation)}");
    }

    static List<string> Bodies(JsonNode o) => o["memberships"]!.AsArray().Select(m => m!["bodyName"]!.GetValue<string>()).ToList();
    static List<string> Emails(JsonNode o, string list) => o[list]!.AsArray().Select(p => p!["email"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task SeatHolderOfAnotherBody_SeesNeitherThatBodyNorThePeople()
    {
        var outsider = await app.OtherBodySeatHolderAsync();
        var nho = await ReadAsync(outsider, Nho);
        nho["name"]!.GetValue<string>().Should().Be(Nho);
        Bodies(nho).Should().BeEmpty("the network is not the reader's body");
        Emails(nho, "people").Should().BeEmpty();
        Emails(nho, "contacts").Should().BeEmpty();
        Emails(await ReadAsync(outsider, Lo), "contacts").Should().BeEmpty();
    }

    [Fact]
    public async Task SeatHolder_SeesOwnOrganisationsPeople_AndOnlyTheBodiesTheyMaySee()
    {
        var own = await ReadAsync(DemoIds.SeatHolder, Nho);
        Emails(own, "people").Should().Contain(DemoIds.SeatHolder);
        Bodies(own).Should().Contain(DemoData.NetworkName);

        var fellowMember = await ReadAsync(DemoIds.SeatHolder, Lo);
        Bodies(fellowMember).Should().Equal(DemoData.NetworkName);
        Emails(fellowMember, "contacts").Should().BeEmpty("another organisation's contacts are its own and the staff's business");
        Emails(fellowMember, "people").Should().BeEmpty();

        var privateOnly = await ReadAsync(DemoIds.SeatHolder, Fagforbundet);
        Bodies(privateOnly).Should().BeEmpty("its memberships are in private bodies the reader has no role in");
    }

    [Fact]
    public async Task Contact_SeesOwnOrganisationsContacts()
    {
        var lo = await ReadAsync(DemoIds.Contact, Lo);
        Emails(lo, "contacts").Should().Equal(DemoIds.Contact);
        Emails(lo, "people").Should().NotBeEmpty();
    }

    [Fact]
    public async Task GlobalSecretariat_KeepsTheRegistry_ButSeesNoPrivateBodyOfOthers()
    {
        var fagforbundet = await ReadAsync(DemoIds.Secretariat, Fagforbundet);
        Emails(fagforbundet, "people").Should().NotBeEmpty("the registry's keepers read people");
        Bodies(fagforbundet).Should().BeEmpty("Krafttak is private and not the demo secretariat's");

        var admin = await ReadAsync(DemoIds.Admin, Fagforbundet);
        Bodies(admin).Should().Contain("Krafttak – prosjektgruppe");
    }
}
