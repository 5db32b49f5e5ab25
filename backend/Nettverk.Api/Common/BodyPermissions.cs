using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Common;

public enum BodyRole { Secretariat, SeatHolder, OrganisationContact, CommitteeMember }

/// <summary>What the current user may do in one body. A body the user may not see is reported as not found.
/// <para>A private body is read by those with a role in it (its secretariat, seat holders, member organisations' contacts,
/// the members of the committees it reports to) and by administrators. The global Secretariat role (staff who create
/// bodies and keep the registry) reads public bodies only: being secretariat of one network is no reason to read another's
/// private meetings and minutes.</para></summary>
public sealed record BodyAccess(Guid BodyId, bool Exists, IReadOnlySet<BodyRole> Roles, bool IsAdministrator, bool IsPublicToStaff)
{
    public bool CanView => Exists && (IsAdministrator || Roles.Count > 0 || IsPublicToStaff);
    public bool CanManage => Exists && (IsAdministrator || Roles.Contains(BodyRole.Secretariat));
    public bool Has(BodyRole role) => Roles.Contains(role);
}

/// <summary>Resolves per-body roles for the current request from the data (secretariat, seats, contacts, committees),
/// not from claims, so a change of seat takes effect on the next request. Scoped: loaded once per request, in one
/// statement of indexed parts (plus one for committee members: the bodies reporting to their committees).</summary>
public sealed class BodyPermissions(NettverkDbContext db, CurrentUser user, VersionedCache cache)
{
    /// <summary>Roles change only by writes, which end the cached copy (<see cref="VersionedCache"/>).</summary>
    static readonly TimeSpan MaxCacheAge = TimeSpan.FromMinutes(5);

    CallerRoles? caller;
    readonly Dictionary<Guid, bool?> publicByBody = [];

    /// <summary>The caller's person and roles. Each part starts from the person's account (People.UserId) and follows
    /// an index on the person column (BodySecretaries, Seats.RepresentativeId, SeatDeputies, OrganisationContacts);
    /// <c>UNION ALL</c> of such parts, not one <c>OR</c> that defeats the indexes and scans every seat.</summary>
    public async Task<CallerRoles> CallerAsync(CancellationToken ct = default)
    {
        if (caller is not null) return caller;
        if (user.UserId is not { } userId) return caller = CallerRoles.None;
        if (cache.TryGet(new CacheKey(userId), out CallerRoles cached)) return caller = cached;
        var version = cache.Version;

        var people = db.People.Where(p => p.UserId == userId);
        var self = people.Select(p => new RoleRow { PersonId = p.Id, BodyId = null, OrganisationId = null, Role = RoleRow.Self, IsCommittee = false });
        var secretariat =
            from p in people
            join s in db.BodySecretaries on p.Id equals s.PersonId
            select new RoleRow { PersonId = p.Id, BodyId = s.BodyId, OrganisationId = null, Role = (int)BodyRole.Secretariat, IsCommittee = false };
        var representative =
            from p in people
            join s in db.Seats on (Guid?)p.Id equals s.RepresentativeId
            join m in db.Memberships on s.MembershipId equals m.Id
            join b in db.Bodies on s.BodyId equals b.Id
            where m.LeftOn == null
            select new RoleRow { PersonId = p.Id, BodyId = s.BodyId, OrganisationId = m.OrganisationId, Role = (int)BodyRole.SeatHolder,
                IsCommittee = b.Kind == BodyKind.PoliticalCommittee };
        var deputy =
            from p in people
            join d in db.SeatDeputies on p.Id equals d.PersonId
            join s in db.Seats on d.SeatId equals s.Id
            join m in db.Memberships on s.MembershipId equals m.Id
            join b in db.Bodies on s.BodyId equals b.Id
            where m.LeftOn == null
            select new RoleRow { PersonId = p.Id, BodyId = s.BodyId, OrganisationId = m.OrganisationId, Role = (int)BodyRole.SeatHolder,
                IsCommittee = b.Kind == BodyKind.PoliticalCommittee };
        // A contact of an organisation with no membership still acts for it: the row keeps the organisation.
        var contact =
            from p in people
            join c in db.OrganisationContacts on p.Id equals c.PersonId
            from m in db.Memberships.Where(m => m.OrganisationId == c.OrganisationId && m.LeftOn == null).DefaultIfEmpty()
            select new RoleRow { PersonId = p.Id, BodyId = m == null ? null : m.BodyId, OrganisationId = c.OrganisationId,
                Role = (int)BodyRole.OrganisationContact, IsCommittee = false };

        var rows = await self.Concat(secretariat).Concat(representative).Concat(deputy).Concat(contact).AsNoTracking().ToListAsync(ct);
        var roles = new Dictionary<Guid, HashSet<BodyRole>>();
        void Add(Guid bodyId, BodyRole role)
        {
            if (!roles.TryGetValue(bodyId, out var set)) roles[bodyId] = set = [];
            set.Add(role);
        }
        foreach (var row in rows.Where(r => r.Role != RoleRow.Self && r.BodyId is not null))
        {
            Add(row.BodyId!.Value, (BodyRole)row.Role);
            if (row.IsCommittee) Add(row.BodyId.Value, BodyRole.CommitteeMember);
        }

        // A committee's members read the bodies that report to it (their minutes and reports come to them as cases).
        var committees = rows.Where(r => r.IsCommittee).Select(r => r.BodyId!.Value).Distinct().ToList();
        if (committees.Count > 0)
            foreach (var id in await db.BodyReportingLines.Where(r => committees.Contains(r.CommitteeId)).Select(r => r.BodyId).Distinct().ToListAsync(ct))
                Add(id, BodyRole.CommitteeMember);

        caller = new CallerRoles(
            rows.FirstOrDefault(r => r.Role == RoleRow.Self)?.PersonId,
            roles,
            rows.Where(r => r.Role == (int)BodyRole.OrganisationContact).Select(r => r.OrganisationId!.Value).ToHashSet(),
            rows.Where(r => r.Role == (int)BodyRole.SeatHolder).Select(r => r.OrganisationId!.Value).ToHashSet());
        cache.Set(new CacheKey(userId), version, caller, 100 + 64 * rows.Count, MaxCacheAge);
        return caller;
    }

    sealed record CacheKey(Guid UserId);

    public async Task<IReadOnlyDictionary<Guid, HashSet<BodyRole>>> RolesByBodyAsync(CancellationToken ct = default) =>
        (await CallerAsync(ct)).Roles;

    public async Task<BodyAccess> ForBodyAsync(Guid bodyId, CancellationToken ct = default)
    {
        var roles = (await RolesByBodyAsync(ct)).GetValueOrDefault(bodyId) ?? [];
        // A role exists only in an existing body (foreign keys); only staff need the body looked up, once per request.
        if (roles.Count > 0) return new BodyAccess(bodyId, true, roles, user.IsAdministrator, false);
        if (!user.IsAdministrator && !user.IsGlobalSecretariat) return new BodyAccess(bodyId, false, roles, false, false);
        if (!publicByBody.TryGetValue(bodyId, out var isPublic))
            publicByBody[bodyId] = isPublic = await db.Bodies.Where(b => b.Id == bodyId).Select(b => (bool?)b.IsPublic).FirstOrDefaultAsync(ct);
        return new BodyAccess(bodyId, isPublic is not null, roles, user.IsAdministrator, user.IsGlobalSecretariat && isPublic == true);
    }

    /// <summary>Staff who keep the shared registry of organisations and people.</summary>
    public async Task<bool> CanManageRegistryAsync(CancellationToken ct = default) =>
        user.IsAdministrator || user.IsGlobalSecretariat ||
        (await RolesByBodyAsync(ct)).Values.Any(r => r.Contains(BodyRole.Secretariat));

    sealed class RoleRow
    {
        public const int Self = -1;
        public Guid PersonId { get; init; }
        public Guid? BodyId { get; init; }
        public Guid? OrganisationId { get; init; }
        public int Role { get; init; }
        public bool IsCommittee { get; init; }
    }
}

/// <summary>Who the caller is in the data: their person, their roles per body, and the organisations they act for
/// (as one of its contacts, or holding one of its seats).</summary>
public sealed record CallerRoles(Guid? PersonId, IReadOnlyDictionary<Guid, HashSet<BodyRole>> Roles,
    IReadOnlySet<Guid> ContactFor, IReadOnlySet<Guid> SeatHolderFor)
{
    public static readonly CallerRoles None = new(null, new Dictionary<Guid, HashSet<BodyRole>>(), new HashSet<Guid>(), new HashSet<Guid>());
}
