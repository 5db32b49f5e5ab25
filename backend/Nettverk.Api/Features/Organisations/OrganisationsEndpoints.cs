using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Features.People;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Organisations;

/// <summary>The shared registry of organisations. Read: any signed-in user. Write: staff (<see cref="BodyPermissions.CanManageRegistryAsync"/>).</summary>
public static class OrganisationsEndpoints
{
    public static IEndpointRouteBuilder MapOrganisationsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organisations").WithTags("Organisations").RequireAuthorization();
        group.MapGet("/", ListOrganisations).WithName("listOrganisations");
        group.MapPost("/", CreateOrganisation).WithName("createOrganisation");
        group.MapGet("/{id:guid}", GetOrganisation).WithName("getOrganisation");
        group.MapPut("/{id:guid}", UpdateOrganisation).WithName("updateOrganisation");
        group.MapPost("/{id:guid}/archive", ArchiveOrganisation).WithName("archiveOrganisation");
        group.MapPost("/{id:guid}/restore", RestoreOrganisation).WithName("restoreOrganisation");
        group.MapPut("/{id:guid}/contacts", SetOrganisationContacts).WithName("setOrganisationContacts");
        return app;
    }

    static async Task<Ok<List<OrganisationSummary>>> ListOrganisations(NettverkDbContext db, string? search,
        OrganisationKind? kind, bool? includeArchived, CancellationToken ct)
    {
        var query = db.Organisations.AsNoTracking();
        if (includeArchived != true) query = query.Where(o => o.ArchivedAt == null);
        if (kind is not null) query = query.Where(o => o.Kind == kind);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(o => o.Name.Contains(term) || (o.OrganisationNumber != null && o.OrganisationNumber.Contains(term)));
        }
        var list = await query.OrderBy(o => o.Name)
            .Select(o => new OrganisationSummary(o.Id, o.Name, o.OrganisationNumber, o.Kind, o.Email, o.Phone, o.Website, o.ArchivedAt != null))
            .ToListAsync(ct);
        return TypedResults.Ok(list);
    }

    static async Task<Results<Created<OrganisationDetails>, ProblemHttpResult, ValidationProblem>> CreateOrganisation(
        OrganisationInput input, NettverkDbContext db, BodyPermissions permissions, CancellationToken ct)
    {
        if (!await permissions.CanManageRegistryAsync(ct)) return Problems.Forbidden();
        var number = await CheckNumberAsync(db, input.OrganisationNumber, null, ct);
        var organisation = new Organisation(input.Name, number, input.Kind, Blank(input.Email), Blank(input.Phone), Blank(input.Website));
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/organisations/{organisation.Id}", (await LoadDetailsAsync(db, organisation.Id, ct))!);
    }

    /// <summary>The organisation's people (with contact details) are shown to staff and to the organisation's own contacts.</summary>
    static async Task<Results<Ok<OrganisationDetails>, ProblemHttpResult>> GetOrganisation(Guid id, NettverkDbContext db,
        BodyPermissions permissions, CurrentUser user, CancellationToken ct)
    {
        var personId = await user.PersonIdAsync(ct);
        var seesPeople = await permissions.CanManageRegistryAsync(ct) ||
            await db.OrganisationContacts.AnyAsync(c => c.OrganisationId == id && c.PersonId == personId, ct);
        return await LoadDetailsAsync(db, id, ct, seesPeople) is { } details
            ? TypedResults.Ok(details) : Problems.NotFound("The organisation");
    }

    static async Task<Results<Ok<OrganisationDetails>, ProblemHttpResult, ValidationProblem>> UpdateOrganisation(
        Guid id, OrganisationInput input, NettverkDbContext db, BodyPermissions permissions, CancellationToken ct)
    {
        if (!await permissions.CanManageRegistryAsync(ct)) return Problems.Forbidden();
        var organisation = await db.Organisations.FindAsync([id], ct);
        if (organisation is null) return Problems.NotFound("The organisation");
        var number = await CheckNumberAsync(db, input.OrganisationNumber, id, ct);
        organisation.Update(input.Name, number, input.Kind, Blank(input.Email), Blank(input.Phone), Blank(input.Website));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await LoadDetailsAsync(db, id, ct))!);
    }

    static async Task<Results<NoContent, ProblemHttpResult>> ArchiveOrganisation(Guid id, NettverkDbContext db,
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

    static async Task<Results<NoContent, ProblemHttpResult>> RestoreOrganisation(Guid id, NettverkDbContext db,
        BodyPermissions permissions, CancellationToken ct)
    {
        if (!await permissions.CanManageRegistryAsync(ct)) return Problems.Forbidden();
        var organisation = await db.Organisations.FindAsync([id], ct);
        if (organisation is null) return Problems.NotFound("The organisation");
        organisation.Restore();
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    static async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> SetOrganisationContacts(Guid id,
        SetContactsRequest request, NettverkDbContext db, BodyPermissions permissions, CancellationToken ct)
    {
        if (!await permissions.CanManageRegistryAsync(ct)) return Problems.Forbidden();
        var organisation = await db.Organisations.Include(o => o.Contacts).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return Problems.NotFound("The organisation");
        var ids = request.PersonIds.Distinct().ToList();
        if (await db.People.CountAsync(p => ids.Contains(p.Id), ct) != ids.Count)
            return Problems.Field("personIds", "One or more people do not exist.");
        organisation.SetContacts(ids);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    static async Task<string?> CheckNumberAsync(NettverkDbContext db, string? input, Guid? self, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var number = OrganisationNumber.Normalise(input)
            ?? throw new FieldValidationException("organisationNumber", "An organisation number is nine digits with a valid check digit.");
        if (await db.Organisations.AnyAsync(o => o.OrganisationNumber == number && o.Id != self, ct))
            throw new DomainRuleException("duplicate_organisation_number", "Another organisation has this organisation number.");
        return number;
    }

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    static async Task<OrganisationDetails?> LoadDetailsAsync(NettverkDbContext db, Guid id, CancellationToken ct, bool includePeople = true)
    {
        var o = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null) return null;
        var contactIds = db.OrganisationContacts.Where(c => c.OrganisationId == id).Select(c => c.PersonId);
        var contacts = await db.People.AsNoTracking().Where(p => contactIds.Contains(p.Id)).OrderBy(p => p.Name)
            .Select(p => new PersonRef(p.Id, p.Name, p.Email, p.Phone, p.Title, o.Name)).ToListAsync(ct);
        var people = !includePeople ? [] : await db.People.AsNoTracking()
            .Where(p => p.OrganisationId == id && p.ArchivedAt == null).OrderBy(p => p.Name)
            .Select(p => new PersonRef(p.Id, p.Name, p.Email, p.Phone, p.Title, o.Name)).ToListAsync(ct);
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.OrganisationId == id && m.LeftOn == null)
            .Join(db.Bodies, m => m.BodyId, b => b.Id, (m, b) => new BodyRef(b.Id, b.Name)).ToListAsync(ct);
        return new OrganisationDetails(o.Id, o.Name, o.OrganisationNumber, o.Kind, o.Email, o.Phone, o.Website,
            o.ArchivedAt != null, contacts, people, memberships);
    }
}
