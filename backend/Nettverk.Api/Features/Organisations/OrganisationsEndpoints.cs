using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Features.People;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Organisations;

/// <summary>The shared registry of organisations. Read: any signed-in user, with memberships and people as
/// <see cref="GetOrganisation"/> says. Write: staff (<see cref="BodyPermissions.CanManageRegistryAsync"/>).</summary>
public static class OrganisationsEndpoints
{
    public static IEndpointRouteBuilder MapOrganisationsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organisations").WithTags("Organisations").RequireAuthorization();
        group.MapGet("/", ListOrganisations).WithName("listOrganisations");
        group.MapPost("/", CreateOrganisation).WithName("createOrganisation").ProducesRuleConflict("duplicate_organisation_number");
        group.MapGet("/{id:guid}", GetOrganisation).WithName("getOrganisation");
        group.MapPut("/{id:guid}", UpdateOrganisation).WithName("updateOrganisation").ProducesRuleConflict("duplicate_organisation_number");
        group.MapPost("/{id:guid}/archive", ArchiveOrganisation).WithName("archiveOrganisation").ProducesRuleConflict("organisation_has_memberships");
        group.MapPost("/{id:guid}/restore", RestoreOrganisation).WithName("restoreOrganisation");
        group.MapPut("/{id:guid}/contacts", SetOrganisationContacts).WithName("setOrganisationContacts");
        return app;
    }

    static async Task<Ok<Page<OrganisationSummary>>> ListOrganisations(NettverkDbContext db, string? search,
        OrganisationKind? kind, bool? includeArchived, [AsParameters] PageQuery paging, CancellationToken ct)
    {
        var query = db.Organisations.AsNoTracking();
        if (includeArchived != true) query = query.Where(o => o.ArchivedAt == null);
        if (kind is not null) query = query.Where(o => o.Kind == kind);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(o => o.Name.Contains(term) || (o.OrganisationNumber != null && o.OrganisationNumber.Contains(term)));
        }
        // By name (indexed); Id breaks ties between organisations of the same name.
        return TypedResults.Ok(await query.OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Select(o => new OrganisationSummary(o.Id, o.Name, o.OrganisationNumber, o.Kind, o.Email, o.Phone, o.Website, o.ArchivedAt != null))
            .ToPageAsync(paging, ct));
    }

    static async Task<Results<Created<OrganisationDetails>, ForbiddenProblem, ValidationProblem>> CreateOrganisation(
        OrganisationInput input, NettverkDbContext db, BodyPermissions permissions, CurrentUser user, CancellationToken ct)
    {
        if (!await permissions.CanManageRegistryAsync(ct)) return Problems.Forbidden();
        var number = await CheckNumberAsync(db, input.OrganisationNumber, null, ct);
        var organisation = new Organisation(input.Name, number, input.Kind, Blank(input.Email), Blank(input.Phone), Blank(input.Website));
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        var details = await LoadDetailsAsync(db, organisation.Id, await VisibleAsync(permissions, user, ct), true, ct);
        return TypedResults.Created($"/api/organisations/{organisation.Id}", details!);
    }

    /// <summary>Who reads what of an organisation. The organisation itself (name, number, kind, its own public e-mail, phone
    /// and website): every signed-in user, as the list shows it. Its memberships: only in bodies the caller may see, so
    /// that another body's existence does not show. Its contacts and people, with their e-mail, phone and title: those
    /// whose work needs them — the keepers of the registry (administrators, the global Secretariat role and the secretariat
    /// of any body, who read and edit people in full through /api/people and appoint seats from there), the organisation's
    /// own contacts, and those who hold its seats. Everyone else gets neither list: a person's details are not
    /// published to every signed-in user.</summary>
    static async Task<Results<Ok<OrganisationDetails>, NotFoundProblem>> GetOrganisation(Guid id, NettverkDbContext db,
        BodyPermissions permissions, CurrentUser user, CancellationToken ct)
    {
        var caller = await permissions.CallerAsync(ct);
        var seesPeople = await permissions.CanManageRegistryAsync(ct) || caller.ContactFor.Contains(id) || caller.SeatHolderFor.Contains(id);
        return await LoadDetailsAsync(db, id, await VisibleAsync(permissions, user, ct), seesPeople, ct) is { } details
            ? TypedResults.Ok(details) : Problems.NotFound("The organisation");
    }

    static async Task<Results<Ok<OrganisationDetails>, ForbiddenProblem, NotFoundProblem, ValidationProblem>> UpdateOrganisation(
        Guid id, OrganisationInput input, NettverkDbContext db, BodyPermissions permissions, CurrentUser user, CancellationToken ct)
    {
        if (!await permissions.CanManageRegistryAsync(ct)) return Problems.Forbidden();
        var organisation = await db.Organisations.FindAsync([id], ct);
        if (organisation is null) return Problems.NotFound("The organisation");
        var number = await CheckNumberAsync(db, input.OrganisationNumber, id, ct);
        organisation.Update(input.Name, number, input.Kind, Blank(input.Email), Blank(input.Phone), Blank(input.Website));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await LoadDetailsAsync(db, id, await VisibleAsync(permissions, user, ct), true, ct))!);
    }

    static async Task<Results<NoContent, ForbiddenProblem, NotFoundProblem, ConflictProblem>> ArchiveOrganisation(Guid id, NettverkDbContext db,
        BodyPermissions permissions, TimeProvider clock, CancellationToken ct)
    {
        if (!await permissions.CanManageRegistryAsync(ct)) return Problems.Forbidden();
        var organisation = await db.Organisations.FindAsync([id], ct);
        if (organisation is null) return Problems.NotFound("The organisation");
        if (await db.Memberships.AnyAsync(m => m.OrganisationId == id && m.LeftOn == null, ct))
            return Problems.Conflict("organisation_has_memberships", "End the organisation's memberships first.");
        organisation.Archive(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    static async Task<Results<NoContent, ForbiddenProblem, NotFoundProblem>> RestoreOrganisation(Guid id, NettverkDbContext db,
        BodyPermissions permissions, CancellationToken ct)
    {
        if (!await permissions.CanManageRegistryAsync(ct)) return Problems.Forbidden();
        var organisation = await db.Organisations.FindAsync([id], ct);
        if (organisation is null) return Problems.NotFound("The organisation");
        organisation.Restore();
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    static async Task<Results<NoContent, ForbiddenProblem, NotFoundProblem, ValidationProblem>> SetOrganisationContacts(Guid id,
        SetContactsRequest request, NettverkDbContext db, BodyPermissions permissions, CancellationToken ct)
    {
        if (!await permissions.CanManageRegistryAsync(ct)) return Problems.Forbidden();
        var organisation = await db.Organisations.Include(o => o.Contacts).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return Problems.NotFound("The organisation");
        var ids = request.PersonIds.Distinct().ToList();
        if (await db.People.CountAsync(p => ids.Contains(p.Id), ct) != ids.Count)
            return Problems.Field("personIds", ErrorCodes.PeopleNotFound, "One or more people do not exist.");
        organisation.SetContacts(ids);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    static async Task<string?> CheckNumberAsync(NettverkDbContext db, string? input, Guid? self, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var number = OrganisationNumber.Normalise(input)
            ?? throw new FieldValidationException("organisationNumber", ErrorCodes.InvalidOrganisationNumber, "An organisation number is nine digits with a valid check digit.");
        if (await db.Organisations.AnyAsync(o => o.OrganisationNumber == number && o.Id != self, ct))
            throw new DomainRuleException("duplicate_organisation_number", "Another organisation has this organisation number.");
        return number;
    }

    static readonly StringComparer Norwegian = StringComparer.Create(new System.Globalization.CultureInfo("nb-NO"), false);

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    /// <summary>The bodies whose memberships a caller may see: all (administrators), the public ones (the global Secretariat
    /// role), and those they have a role in — as <see cref="BodyAccess.CanView"/> has it.</summary>
    sealed record VisibleBodies(bool All, bool Public, List<Guid> WithRole);

    static async Task<VisibleBodies> VisibleAsync(BodyPermissions permissions, CurrentUser user, CancellationToken ct) =>
        new(user.IsAdministrator, user.IsGlobalSecretariat, (await permissions.RolesByBodyAsync(ct)).Keys.ToList());

    static async Task<OrganisationDetails?> LoadDetailsAsync(NettverkDbContext db, Guid id, VisibleBodies visible, bool includePeople,
        CancellationToken ct)
    {
        var o = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null) return null;
        // Contacts and the organisation's own people in one statement: two indexed parts, not an OR.
        var people = !includePeople ? [] : await (
                from c in db.OrganisationContacts where c.OrganisationId == id
                join p in db.People on c.PersonId equals p.Id
                select new { IsContact = true, p.Id, p.Name, p.Email, p.Phone, p.Title })
            .Concat(
                from p in db.People where p.OrganisationId == id && p.ArchivedAt == null
                select new { IsContact = false, p.Id, p.Name, p.Email, p.Phone, p.Title })
            .AsNoTracking().ToListAsync(ct);
        IReadOnlyList<PersonRef> Refs(bool contacts) => people.Where(p => p.IsContact == contacts)
            .OrderBy(p => p.Name, Norwegian).Select(p => new PersonRef(p.Id, p.Name, p.Email, p.Phone, p.Title, o.Name)).ToList();
        var (all, seesPublic, withRole) = (visible.All, visible.Public, visible.WithRole);
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.OrganisationId == id && m.LeftOn == null)
            .Join(db.Bodies, m => m.BodyId, b => b.Id, (m, b) => b)
            .Where(b => all || withRole.Contains(b.Id) || (seesPublic && b.IsPublic))
            .Select(b => new BodyRef(b.Id, b.Name)).ToListAsync(ct);
        return new OrganisationDetails(o.Id, o.Name, o.OrganisationNumber, o.Kind, o.Email, o.Phone, o.Website,
            o.ArchivedAt != null, Refs(contacts: true), Refs(contacts: false), memberships);
    }
}
