using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.People;

/// <summary>The registry of people. Staff read and write it; everyone may read their own record.</summary>
public static class PeopleEndpoints
{
    public static IEndpointRouteBuilder MapPeopleEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/people").WithTags("People").RequireAuthorization();
        group.MapGet("/", ListPeople).WithName("listPeople");
        group.MapPost("/", CreatePerson).WithName("createPerson").ProducesRuleConflict("duplicate_email");
        group.MapGet("/{id:guid}", GetPerson).WithName("getPerson");
        group.MapPut("/{id:guid}", UpdatePerson).WithName("updatePerson").ProducesRuleConflict("duplicate_email");
        group.MapPost("/{id:guid}/archive", ArchivePerson).WithName("archivePerson").ProducesRuleConflict("person_holds_seat");
        return app;
    }

    static async Task<Results<Ok<Page<PersonSummary>>, ForbiddenProblem>> ListPeople(NettverkDbContext db,
        BodyPermissions permissions, string? search, Guid? organisationId, bool? includeArchived, [AsParameters] PageQuery paging,
        CancellationToken ct)
    {
        if (!await permissions.CanManageRegistryAsync(ct)) return Problems.Forbidden();
        var query = db.People.AsNoTracking();
        if (includeArchived != true) query = query.Where(p => p.ArchivedAt == null);
        if (organisationId is not null) query = query.Where(p => p.OrganisationId == organisationId);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            var upper = term.ToUpperInvariant();
            query = query.Where(p => p.Name.Contains(term) || p.NormalizedEmail.Contains(upper));
        }
        // By name; Id breaks ties between namesakes.
        return TypedResults.Ok(await Project(db, query.OrderBy(p => p.Name).ThenBy(p => p.Id)).ToPageAsync(paging, ct));
    }

    static async Task<Results<Created<PersonSummary>, ForbiddenProblem, ValidationProblem>> CreatePerson(PersonInput input,
        NettverkDbContext db, BodyPermissions permissions, CancellationToken ct)
    {
        if (!await permissions.CanManageRegistryAsync(ct)) return Problems.Forbidden();
        await CheckAsync(db, input, null, ct);
        var person = new Person(input.Name, input.Email, input.Phone, input.Title, input.OrganisationId);
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/people/{person.Id}", await Project(db, db.People.Where(p => p.Id == person.Id)).SingleAsync(ct));
    }

    static async Task<Results<Ok<PersonSummary>, NotFoundProblem>> GetPerson(Guid id, NettverkDbContext db,
        BodyPermissions permissions, CurrentUser user, CancellationToken ct)
    {
        if (await user.PersonIdAsync(ct) != id && !await permissions.CanManageRegistryAsync(ct)) return Problems.NotFound("The person");
        var person = await Project(db, db.People.AsNoTracking().Where(p => p.Id == id)).FirstOrDefaultAsync(ct);
        return person is null ? Problems.NotFound("The person") : TypedResults.Ok(person);
    }

    static async Task<Results<Ok<PersonSummary>, ForbiddenProblem, NotFoundProblem, ValidationProblem>> UpdatePerson(Guid id, PersonInput input,
        NettverkDbContext db, BodyPermissions permissions, CancellationToken ct)
    {
        if (!await permissions.CanManageRegistryAsync(ct)) return Problems.Forbidden();
        var person = await db.People.FindAsync([id], ct);
        if (person is null) return Problems.NotFound("The person");
        await CheckAsync(db, input, id, ct);
        person.Update(input.Name, input.Email, input.Phone, input.Title, input.OrganisationId);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await Project(db, db.People.Where(p => p.Id == id)).SingleAsync(ct));
    }

    static async Task<Results<NoContent, ForbiddenProblem, NotFoundProblem, ConflictProblem>> ArchivePerson(Guid id, NettverkDbContext db,
        BodyPermissions permissions, TimeProvider clock, CancellationToken ct)
    {
        if (!await permissions.CanManageRegistryAsync(ct)) return Problems.Forbidden();
        var person = await db.People.FindAsync([id], ct);
        if (person is null) return Problems.NotFound("The person");
        var seated = await db.Seats.AnyAsync(s => s.RepresentativeId == id || s.Deputies.Any(d => d.PersonId == id), ct);
        if (seated) return Problems.Conflict("person_holds_seat", "The person holds a seat; replace them there first.");
        person.Archive(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    static async Task CheckAsync(NettverkDbContext db, PersonInput input, Guid? self, CancellationToken ct)
    {
        var email = Person.Normalise(input.Email);
        if (await db.People.AnyAsync(p => p.NormalizedEmail == email && p.Id != self, ct))
            throw new DomainRuleException("duplicate_email", "Another person has this e-mail address.");
        if (input.OrganisationId is { } orgId && !await db.Organisations.AnyAsync(o => o.Id == orgId, ct))
            throw new FieldValidationException("organisationId", ErrorCodes.OrganisationNotFound, "The organisation does not exist.");
    }

    internal static IQueryable<PersonSummary> Project(NettverkDbContext db, IQueryable<Person> people) =>
        from p in people
        join o in db.Organisations on p.OrganisationId equals o.Id into orgs
        from o in orgs.DefaultIfEmpty()
        select new PersonSummary(p.Id, p.Name, p.Email, p.Phone, p.Title, p.OrganisationId, o == null ? null : o.Name,
            p.UserId != null, p.ArchivedAt != null);
}
