using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Demo;

namespace Nettverk.Api.Tests.Infrastructure;

/// <summary>Looks up the demo data the tests act on, by name, as a person would find it.</summary>
public static class DemoIds
{
    public const string Admin = "admin@example.org";
    public const string Secretariat = "sekretariat@example.org";
    public const string SeatHolder = "representant@example.org";
    public const string Contact = "kontakt@example.org";
    public const string CommitteeMember = "utvalg@example.org";

    public static Task<Guid> NetworkAsync(this NettverkApp app) => BodyAsync(app, DemoData.NetworkName);

    public static Task<Guid> BodyAsync(this NettverkApp app, string name) =>
        app.WithDbAsync(db => db.Bodies.Where(b => b.Name == name).Select(b => b.Id).SingleAsync());

    /// <summary>The network's first meeting (17 March 2021, the agenda of seed 004), held and answered, without minutes.</summary>
    public static Task<Guid> FirstMeetingAsync(this NettverkApp app) =>
        app.WithDbAsync(db => db.Meetings.Where(m => m.Title == "Oppstartsmøte" && m.StartsAtLocal == new DateTime(2021, 3, 17, 12, 0, 0))
            .Select(m => m.Id).SingleAsync());

    public static Task<Guid> OrganisationAsync(this NettverkApp app, string name) =>
        app.WithDbAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    public static Task<Guid> PersonAsync(this NettverkApp app, string email) =>
        app.WithDbAsync(db => db.People.Where(p => p.Email == email).Select(p => p.Id).SingleAsync());

    /// <summary>A signed-in representative of a body the network's people have nothing to do with (the Krafttak project group).</summary>
    public static async Task<string> OtherBodySeatHolderAsync(this NettverkApp app)
    {
        var body = await app.BodyAsync("Krafttak – prosjektgruppe");
        var personId = await app.WithDbAsync(db => db.Seats.Where(s => s.BodyId == body && s.RepresentativeId != null)
            .Select(s => s.RepresentativeId!.Value).FirstAsync());
        var existing = await app.WithDbAsync(db => db.People.Where(p => p.Id == personId).Select(p => new { p.Email, p.UserId }).SingleAsync());
        return existing.UserId is null ? await app.AccountForAsync(personId) : existing.Email;
    }
}
