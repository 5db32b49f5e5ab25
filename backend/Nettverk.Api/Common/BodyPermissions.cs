using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Common;

public enum BodyRole { Secretariat, SeatHolder, OrganisationContact, CommitteeMember }

/// <summary>What the current user may do in one body. A body the user may not see is reported as not found.</summary>
public sealed record BodyAccess(Guid BodyId, bool Exists, IReadOnlySet<BodyRole> Roles, bool IsAdministrator, bool IsGlobalSecretariat)
{
    public bool CanView => Exists && (IsAdministrator || IsGlobalSecretariat || Roles.Count > 0);
    public bool CanManage => Exists && (IsAdministrator || Roles.Contains(BodyRole.Secretariat));
    public bool Has(BodyRole role) => Roles.Contains(role);
}

/// <summary>Resolves per-body roles for the current request from the data (secretariat, seats, contacts, committees),
/// not from claims, so a change of seat takes effect on the next request.</summary>
public sealed class BodyPermissions(NettverkDbContext db, CurrentUser user)
{
    Dictionary<Guid, HashSet<BodyRole>>? rolesByBody;

    public async Task<IReadOnlyDictionary<Guid, HashSet<BodyRole>>> RolesByBodyAsync(CancellationToken ct = default)
    {
        if (rolesByBody is not null) return rolesByBody;
        var result = new Dictionary<Guid, HashSet<BodyRole>>();
        void Add(Guid bodyId, BodyRole role)
        {
            if (!result.TryGetValue(bodyId, out var set)) result[bodyId] = set = [];
            set.Add(role);
        }

        if (await user.PersonIdAsync(ct) is { } personId)
        {
            foreach (var id in await db.BodySecretaries.Where(s => s.PersonId == personId).Select(s => s.BodyId).ToListAsync(ct))
                Add(id, BodyRole.Secretariat);

            var seatedIn = await db.Seats
                .Where(s => s.RepresentativeId == personId || s.Deputies.Any(d => d.PersonId == personId))
                .Where(s => db.Memberships.Any(m => m.Id == s.MembershipId && m.LeftOn == null))
                .Select(s => s.BodyId).Distinct().ToListAsync(ct);
            foreach (var id in seatedIn) Add(id, BodyRole.SeatHolder);

            var contactIn = await db.OrganisationContacts.Where(c => c.PersonId == personId)
                .SelectMany(c => db.Memberships.Where(m => m.OrganisationId == c.OrganisationId && m.LeftOn == null))
                .Select(m => m.BodyId).Distinct().ToListAsync(ct);
            foreach (var id in contactIn) Add(id, BodyRole.OrganisationContact);

            // A committee's members read the bodies that report to it (their minutes and reports come to them as cases).
            var committees = await db.Bodies.Where(b => seatedIn.Contains(b.Id) && b.Kind == BodyKind.PoliticalCommittee)
                .Select(b => b.Id).ToListAsync(ct);
            foreach (var id in committees) Add(id, BodyRole.CommitteeMember);
            var reporting = await db.BodyReportingLines.Where(r => committees.Contains(r.CommitteeId))
                .Select(r => r.BodyId).Distinct().ToListAsync(ct);
            foreach (var id in reporting) Add(id, BodyRole.CommitteeMember);
        }
        return rolesByBody = result;
    }

    public async Task<BodyAccess> ForBodyAsync(Guid bodyId, CancellationToken ct = default)
    {
        var exists = await db.Bodies.AnyAsync(b => b.Id == bodyId, ct);
        var roles = (await RolesByBodyAsync(ct)).GetValueOrDefault(bodyId) ?? [];
        return new BodyAccess(bodyId, exists, roles, user.IsAdministrator, user.IsGlobalSecretariat);
    }

    /// <summary>Staff who keep the shared registry of organisations and people.</summary>
    public async Task<bool> CanManageRegistryAsync(CancellationToken ct = default) =>
        user.IsAdministrator || user.IsGlobalSecretariat ||
        (await RolesByBodyAsync(ct)).Values.Any(r => r.Contains(BodyRole.Secretariat));
}
