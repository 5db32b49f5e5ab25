using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.InputRounds;

/// <summary>Who the parties of a round are, who writes to them, and which of them the caller may answer for.</summary>
public sealed class InputParties(NettverkDbContext db, BodyPermissions permissions)
{
    /// <summary>The round's parties: the body's member organisations, its named groups, or its invited people.</summary>
    public async Task<List<PartyRef>> OfAsync(InputRound round, CancellationToken ct) => round.Mode switch
    {
        RespondentMode.PerOrganisation => (await db.Memberships.AsNoTracking()
                .Where(m => m.BodyId == round.BodyId && m.LeftOn == null)
                .Join(db.Organisations, m => m.OrganisationId, o => o.Id, (m, o) => new { o.Id, o.Name })
                .Distinct().ToListAsync(ct))
            .OrderBy(o => o.Name, StringComparer.Create(new System.Globalization.CultureInfo("nb-NO"), false))
            .Select(o => new PartyRef(o.Id, o.Name, round.Mode)).ToList(),
        RespondentMode.PerGroup => await db.InputGroups.AsNoTracking().Where(g => g.RoundId == round.Id).OrderBy(g => g.Position)
            .Select(g => new PartyRef(g.Id, g.Name, RespondentMode.PerGroup)).ToListAsync(ct),
        _ => await db.InputInvitees.AsNoTracking().Where(i => i.RoundId == round.Id)
            .Join(db.People, i => i.PersonId, p => p.Id, (i, p) => new { p.Id, p.Name }).OrderBy(p => p.Name)
            .Select(p => new PartyRef(p.Id, p.Name, RespondentMode.PerPerson)).ToListAsync(ct),
    };

    /// <summary>The organisations (or the one person) the caller answers for in this round: an organisation is the caller's
    /// when they are one of its contacts or hold one of its seats in the round's body.</summary>
    public async Task<List<PartyRef>> MineAsync(InputRound round, CancellationToken ct)
    {
        if (round.Mode == RespondentMode.PerGroup || round.Status == InputRoundStatus.Draft) return [];
        var caller = await permissions.CallerAsync(ct);
        if (caller.PersonId is not { } me) return [];
        if (round.Mode == RespondentMode.PerPerson)
            return await db.InputInvitees.Where(i => i.RoundId == round.Id && i.PersonId == me)
                .Join(db.People, i => i.PersonId, p => p.Id, (i, p) => new PartyRef(p.Id, p.Name, RespondentMode.PerPerson)).ToListAsync(ct);
        var seatOrgs = db.Seats.Where(s => s.BodyId == round.BodyId && (s.RepresentativeId == me || s.Deputies.Any(d => d.PersonId == me)))
            .Join(db.Memberships, s => s.MembershipId, m => m.Id, (s, m) => m.OrganisationId);
        var contactOrgs = db.OrganisationContacts.Where(c => c.PersonId == me).Select(c => c.OrganisationId);
        return await db.Memberships.Where(m => m.BodyId == round.BodyId && m.LeftOn == null
                && (seatOrgs.Contains(m.OrganisationId) || contactOrgs.Contains(m.OrganisationId)))
            .Join(db.Organisations, m => m.OrganisationId, o => o.Id, (m, o) => new PartyRef(o.Id, o.Name, RespondentMode.PerOrganisation))
            .Distinct().ToListAsync(ct);
    }

    /// <summary>Who is written to for a party: an organisation's contacts and its seat holders in the body; a person
    /// themselves; a group nobody (the secretariat shows its link in the room).</summary>
    public async Task<List<(string Email, string Name)>> RecipientsAsync(InputRound round, Guid partyId, CancellationToken ct) =>
        (await RecipientsAsync(round, [partyId], ct))[partyId];

    /// <summary>The recipients of many parties at once (every party asked for has an entry, maybe empty): one query for
    /// people, two (contacts; representatives and deputies) for organisations, whatever the number of parties.</summary>
    public async Task<Dictionary<Guid, List<(string Email, string Name)>>> RecipientsAsync(InputRound round, IReadOnlyCollection<Guid> partyIds,
        CancellationToken ct)
    {
        var ids = partyIds.Distinct().ToList();
        var result = ids.ToDictionary(id => id, _ => new List<(string Email, string Name)>());
        if (ids.Count == 0 || round.Mode == RespondentMode.PerGroup) return result;
        var living = db.People.Where(p => p.ArchivedAt == null);
        var rows = new List<(Guid Of, string Email, string Name)>();
        if (round.Mode == RespondentMode.PerPerson)
            rows.AddRange((await living.Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Email, p.Name }).ToListAsync(ct))
                .Select(p => (p.Id, p.Email, p.Name)));
        else
        {
            rows.AddRange((await db.OrganisationContacts.Where(c => ids.Contains(c.OrganisationId))
                    .Join(living, c => c.PersonId, p => p.Id, (c, p) => new { c.OrganisationId, p.Email, p.Name }).ToListAsync(ct))
                .Select(r => (r.OrganisationId, r.Email, r.Name)));
            var seats = db.Seats.Where(s => s.BodyId == round.BodyId)
                .Join(db.Memberships.Where(m => m.LeftOn == null && ids.Contains(m.OrganisationId)), s => s.MembershipId, m => m.Id,
                    (s, m) => new { s.Id, s.RepresentativeId, m.OrganisationId });
            rows.AddRange((await seats.Join(living, s => s.RepresentativeId, p => (Guid?)p.Id, (s, p) => new { s.OrganisationId, p.Email, p.Name })
                .ToListAsync(ct)).Select(r => (r.OrganisationId, r.Email, r.Name)));
            rows.AddRange((await db.SeatDeputies.Join(seats, d => d.SeatId, s => s.Id, (d, s) => new { s.OrganisationId, d.PersonId })
                .Join(living, d => d.PersonId, p => p.Id, (d, p) => new { d.OrganisationId, p.Email, p.Name })
                .ToListAsync(ct)).Select(r => (r.OrganisationId, r.Email, r.Name)));
        }
        foreach (var group in rows.GroupBy(r => r.Of))
            result[group.Key].AddRange(group.Select(r => (r.Email, r.Name)).DistinctBy(r => r.Email.ToLowerInvariant()));
        return result;
    }
}
