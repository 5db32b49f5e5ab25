using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Features.People;
using Nettverk.Api.Features.Organisations;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Bodies;

/// <summary>Bodies: administrators create and archive them and appoint their secretariat; a body's secretariat edits it;
/// those with a role in it read it. Anyone else gets 404.</summary>
public static class BodiesEndpoints
{
    public static IEndpointRouteBuilder MapBodiesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/bodies").WithTags("Bodies").RequireAuthorization();
        group.MapGet("/", ListBodies).WithName("listBodies");
        group.MapPost("/", CreateBody).WithName("createBody").ProducesRuleConflict(BodySlugs.TakenCode);
        group.MapGet("/{id:guid}", GetBody).WithName("getBody");
        group.MapPut("/{id:guid}", UpdateBody).WithName("updateBody").ProducesRuleConflict(BodySlugs.TakenCode);
        group.MapPut("/{id:guid}/secretariat", SetSecretariat).WithName("setBodySecretariat");
        group.MapPost("/{id:guid}/archive", ArchiveBody).WithName("archiveBody");
        return app;
    }

    static async Task<Ok<Page<BodySummary>>> ListBodies([AsParameters] PageQuery paging, NettverkDbContext db,
        BodyPermissions permissions, CurrentUser user, CancellationToken ct)
    {
        var roles = await permissions.RolesByBodyAsync(ct);
        // Administrators see every body; the global Secretariat role the public ones too; everyone the bodies they have a role in.
        var seesAll = user.IsAdministrator;
        var seesPublic = user.IsGlobalSecretariat;
        var visible = roles.Keys.ToList();
        var page = await db.Bodies.AsNoTracking()
            .Where(b => seesAll || visible.Contains(b.Id) || (seesPublic && b.IsPublic))
            .OrderBy(b => b.Kind).ThenBy(b => b.Name).ThenBy(b => b.Id)
            .Select(b => new BodySummary(b.Id, b.Name, b.Kind,
                db.Organisations.Where(o => o.Id == b.OwnerOrganisationId).Select(o => o.Name).FirstOrDefault(),
                db.Memberships.Count(m => m.BodyId == b.Id && m.LeftOn == null), b.ArchivedAt != null, Array.Empty<BodyRole>()))
            .ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Select(b => b with { MyRoles = RolesOf(roles, b.Id) }));
    }

    static async Task<Results<Created<BodyDetails>, ForbiddenProblem, ValidationProblem>> CreateBody(BodyInput input,
        NettverkDbContext db, CurrentUser user, BodyPermissions permissions, CancellationToken ct)
    {
        if (!user.IsAdministrator) return Problems.Forbidden("Only administrators create bodies.");
        var body = new Body(input.Name, input.Kind);
        await ApplyAsync(db, body, input, ct);
        db.Bodies.Add(body);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/bodies/{body.Id}", await LoadDetailsAsync(db, body.Id, await permissions.ForBodyAsync(body.Id, ct), ct));
    }

    static async Task<Results<Ok<BodyDetails>, NotFoundProblem>> GetBody(Guid id, NettverkDbContext db,
        BodyPermissions permissions, CancellationToken ct)
    {
        var access = await permissions.ForBodyAsync(id, ct);
        if (!access.CanView) return Problems.NotFound("The body");
        return TypedResults.Ok(await LoadDetailsAsync(db, id, access, ct));
    }

    static async Task<Results<Ok<BodyDetails>, NotFoundProblem, ForbiddenProblem, ValidationProblem>> UpdateBody(Guid id, BodyInput input,
        NettverkDbContext db, BodyPermissions permissions, CancellationToken ct)
    {
        var access = await permissions.ForBodyAsync(id, ct);
        if (!access.CanView) return Problems.NotFound("The body");
        if (!access.CanManage) return Problems.Forbidden("Only the body's secretariat edits it.");
        var body = await db.Bodies.Include(b => b.ReportsTo).FirstAsync(b => b.Id == id, ct);
        await ApplyAsync(db, body, input, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await LoadDetailsAsync(db, id, access, ct));
    }

    static async Task<Results<NoContent, NotFoundProblem, ForbiddenProblem, ValidationProblem>> SetSecretariat(Guid id, SetSecretariatRequest request,
        NettverkDbContext db, CurrentUser user, BodyPermissions permissions, CancellationToken ct)
    {
        if (!(await permissions.ForBodyAsync(id, ct)).CanView) return Problems.NotFound("The body");
        if (!user.IsAdministrator) return Problems.Forbidden("Only administrators appoint a secretariat.");
        var body = await db.Bodies.Include(b => b.Secretariat).FirstOrDefaultAsync(b => b.Id == id, ct);
        if (body is null) return Problems.NotFound("The body");
        var ids = request.PersonIds.Distinct().ToList();
        if (await db.People.CountAsync(p => ids.Contains(p.Id), ct) != ids.Count)
            return Problems.Field("personIds", ErrorCodes.PeopleNotFound, "One or more people do not exist.");
        body.SetSecretariat(ids);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    static async Task<Results<NoContent, NotFoundProblem, ForbiddenProblem>> ArchiveBody(Guid id, NettverkDbContext db, CurrentUser user,
        BodyPermissions permissions, TimeProvider clock, CancellationToken ct)
    {
        if (!(await permissions.ForBodyAsync(id, ct)).CanView) return Problems.NotFound("The body");
        if (!user.IsAdministrator) return Problems.Forbidden("Only administrators archive bodies.");
        var body = await db.Bodies.FindAsync([id], ct);
        if (body is null) return Problems.NotFound("The body");
        body.Archive(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    static async Task ApplyAsync(NettverkDbContext db, Body body, BodyInput input, CancellationToken ct)
    {
        if (input.OwnerOrganisationId is { } owner && !await db.Organisations.AnyAsync(o => o.Id == owner, ct))
            throw new FieldValidationException("ownerOrganisationId", ErrorCodes.OrganisationNotFound, "The organisation does not exist.");
        if (input.ParentBodyId is { } parent && !await db.Bodies.AnyAsync(b => b.Id == parent, ct))
            throw new FieldValidationException("parentBodyId", ErrorCodes.BodyNotFound, "The body does not exist.");
        var reportsTo = (input.ReportsToBodyIds ?? []).Distinct().ToList();
        var committees = await db.Bodies.CountAsync(b => reportsTo.Contains(b.Id) && b.Kind == BodyKind.PoliticalCommittee, ct);
        if (committees != reportsTo.Count)
            throw new FieldValidationException("reportsToBodyIds", ErrorCodes.ReportsToNotCommittee, "A body reports only to existing political committees.");
        body.Describe(input.Name, input.Kind, input.Mandate, input.Goal, input.Tasks ?? [], input.AdoptedBy, input.AdoptedOn,
            input.OwnerOrganisationId, input.ParentBodyId, input.IsPublic);
        var rules = input.MeetingRules ?? new MeetingRulesDto(null, [], null, null);
        body.SetMeetingRules(rules.MaxMeetingsPerYear, rules.PreferredMonths ?? [], rules.OpenMeetingsMin, rules.OpenMeetingsMax);
        body.SetReminders(rules.ReminderDaysBefore, rules.ReminderDaysBefore is null && rules.ChaseAfterDays is null ? 3 : rules.ChaseAfterDays);
        body.SetFollowUp(rules.MinutesDueDays, rules.ActionItemReminderDays);
        body.SetReportsTo(reportsTo);
        // Elected committee members are published by name as a matter of course; partner organisations' staff are not
        // (see the public page's note): the default follows the kind until the secretariat chooses.
        if (input.PublishRepresentatives is { } publish) body.SetPublishRepresentatives(publish);
        else if (db.Entry(body).State == EntityState.Detached) body.SetPublishRepresentatives(body.Kind == BodyKind.PoliticalCommittee);
        await BodySlugs.ApplyAsync(db, body, input.Slug, ct);
    }

    static IReadOnlyList<BodyRole> RolesOf(IReadOnlyDictionary<Guid, HashSet<BodyRole>> roles, Guid id) =>
        roles.TryGetValue(id, out var set) ? set.Order().ToList() : [];

    /// <summary>Three statements: the body with its owner's and parent's names; the bodies around it (children and the
    /// committees it reports to) as one UNION ALL; its secretariat.</summary>
    static async Task<BodyDetails> LoadDetailsAsync(NettverkDbContext db, Guid id, BodyAccess access, CancellationToken ct)
    {
        var row = await db.Bodies.AsNoTracking().Where(x => x.Id == id).Select(x => new
        {
            Body = x,
            // Scalar subqueries: a projected record here becomes a ROW_NUMBER over every organisation.
            OwnerName = db.Organisations.Where(o => o.Id == x.OwnerOrganisationId).Select(o => o.Name).FirstOrDefault(),
            ParentName = db.Bodies.Where(p => p.Id == x.ParentBodyId).Select(p => p.Name).FirstOrDefault(),
        }).FirstAsync(ct);
        var b = row.Body;
        var owner = b.OwnerOrganisationId is { } ownerId && row.OwnerName is { } ownerName ? new NamedRef(ownerId, ownerName) : null;
        var parent = b.ParentBodyId is { } parentId && row.ParentName is { } parentName ? new NamedRef(parentId, parentName) : null;
        var around = await db.Bodies.Where(c => c.ParentBodyId == id)
            .Select(c => new { IsChild = true, c.Id, c.Name, c.Kind })
            .Concat(db.BodyReportingLines.Where(r => r.BodyId == id).Join(db.Bodies, r => r.CommitteeId, c => c.Id, (r, c) => c)
                .Select(c => new { IsChild = false, c.Id, c.Name, c.Kind }))
            .ToListAsync(ct);
        var children = around.Where(c => c.IsChild).OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new ChildBody(c.Id, c.Name, c.Kind)).ToList();
        var reportsTo = around.Where(c => !c.IsChild).OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new NamedRef(c.Id, c.Name)).ToList();
        var secretariat = await (
            from s in db.BodySecretaries where s.BodyId == id
            join p in db.People on s.PersonId equals p.Id
            join o in db.Organisations on p.OrganisationId equals o.Id into orgs
            from o in orgs.DefaultIfEmpty()
            orderby p.Name
            select new PersonRef(p.Id, p.Name, p.Email, p.Phone, p.Title, o == null ? null : o.Name)).ToListAsync(ct);
        return new BodyDetails(b.Id, b.Name, b.Kind, b.Mandate, b.Goal, b.Tasks, b.AdoptedBy, b.AdoptedOn, owner, b.IsPublic,
            new MeetingRulesDto(b.MaxMeetingsPerYear, b.PreferredMonths, b.OpenMeetingsMin, b.OpenMeetingsMax, b.ReminderDaysBefore, b.ChaseAfterDays,
                b.MinutesDueDays, b.ActionItemReminderDays),
            reportsTo, parent, children, secretariat, access.Roles.Order().ToList(), access.CanManage, b.ArchivedAt != null,
            SafeMarkdown.ToHtml(b.Mandate), SafeMarkdown.ToHtml(b.Goal), b.Slug, b.PublishRepresentatives);
    }
}
