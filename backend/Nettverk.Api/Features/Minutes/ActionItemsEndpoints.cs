using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Calendar;
using Nettverk.Api.Common;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Minutes;

/// <summary>Action items after the meeting: per body, per organisation and my own, filterable and exported as CSV; their
/// status is kept up to date by the secretariat or by whoever is responsible.</summary>
public static class ActionItemsEndpoints
{
    public static IEndpointRouteBuilder MapActionItemsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Action items").RequireAuthorization();
        group.MapGet("/bodies/{bodyId:guid}/action-items", ListForBody).WithName("listBodyActionItems");
        group.MapGet("/bodies/{bodyId:guid}/action-items.csv", ExportForBody).WithName("exportBodyActionItems");
        group.MapGet("/organisations/{organisationId:guid}/action-items", ListForOrganisation).WithName("listOrganisationActionItems");
        group.MapGet("/organisations/{organisationId:guid}/action-items.csv", ExportForOrganisation).WithName("exportOrganisationActionItems");
        group.MapGet("/me/action-items", ListMine).WithName("listMyActionItems");
        group.MapPut("/action-items/{id:guid}/status", UpdateStatus).WithName("updateActionItemStatus")
            .ProducesRuleConflict("action_item_conflict", "action_item_not_live", ProblemExceptionHandler.ConcurrencyConflict);
        return app;
    }

    /// <summary>Filters shared by every list: status, responsible organisation, overdue only, and free text.</summary>
    public sealed record Filter(ActionItemStatus? Status, Guid? OrganisationId, bool? Overdue, string? Q);

    static async Task<Results<Ok<Page<ActionItemDto>>, NotFoundProblem>> ListForBody(Guid bodyId, ActionItemStatus? status,
        Guid? organisationId, bool? overdue, string? q, [AsParameters] PageQuery paging, NettverkDbContext db, BodyPermissions permissions,
        TimeProvider clock, CancellationToken ct)
    {
        var today = OsloTime.Today(clock);
        var items = await BodyItemsAsync(bodyId, new Filter(status, organisationId, overdue, q), db, permissions, today, ct);
        return items is null ? Problems.NotFound("The body") : TypedResults.Ok(await MinutesReads.ActionItemPageAsync(db, items, today, paging, ct));
    }

    /// <summary>The whole selection, not a page: an export is what the filters chose.</summary>
    static async Task<Results<FileContentHttpResult, NotFoundProblem>> ExportForBody(Guid bodyId, ActionItemStatus? status,
        Guid? organisationId, bool? overdue, string? q, NettverkDbContext db, BodyPermissions permissions, TimeProvider clock, CancellationToken ct)
    {
        var today = OsloTime.Today(clock);
        var items = await BodyItemsAsync(bodyId, new Filter(status, organisationId, overdue, q), db, permissions, today, ct);
        return items is null ? Problems.NotFound("The body") : Csv(await MinutesReads.ActionItemsAsync(db, items, today, ct), clock);
    }

    static async Task<Results<Ok<Page<ActionItemDto>>, NotFoundProblem>> ListForOrganisation(Guid organisationId, ActionItemStatus? status,
        bool? overdue, string? q, [AsParameters] PageQuery paging, NettverkDbContext db, BodyPermissions permissions, CurrentUser user,
        TimeProvider clock, CancellationToken ct)
    {
        var today = OsloTime.Today(clock);
        var items = await OrganisationItemsAsync(organisationId, new Filter(status, null, overdue, q), db, permissions, user, today, ct);
        return items is null ? Problems.NotFound("The organisation") : TypedResults.Ok(await MinutesReads.ActionItemPageAsync(db, items, today, paging, ct));
    }

    static async Task<Results<FileContentHttpResult, NotFoundProblem>> ExportForOrganisation(Guid organisationId, ActionItemStatus? status,
        bool? overdue, string? q, NettverkDbContext db, BodyPermissions permissions, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var today = OsloTime.Today(clock);
        var items = await OrganisationItemsAsync(organisationId, new Filter(status, null, overdue, q), db, permissions, user, today, ct);
        return items is null ? Problems.NotFound("The organisation") : Csv(await MinutesReads.ActionItemsAsync(db, items, today, ct), clock);
    }

    static async Task<Ok<Page<ActionItemDto>>> ListMine(ActionItemStatus? status, [AsParameters] PageQuery paging, NettverkDbContext db,
        CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var personId = await user.PersonIdAsync(ct);
        var query = db.ActionItems.Where(a => a.IsLive && personId != null && a.ResponsiblePersonId == personId);
        if (status is not null) query = query.Where(a => a.Status == status);
        return TypedResults.Ok(await MinutesReads.ActionItemPageAsync(db, query, OsloTime.Today(clock), paging, ct));
    }

    static async Task<Results<Ok<ActionItemDto>, NotFoundProblem, ForbiddenProblem, ConflictProblem, ValidationProblem>> UpdateStatus(Guid id, ActionItemStatusRequest request,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var item = await db.ActionItems.FirstOrDefaultAsync(a => a.Id == id, ct);
        var access = item is null ? null : await permissions.ForBodyAsync(item.BodyId, ct);
        if (item is null || !access!.CanView || (!item.IsLive && !access.CanManage)) return Problems.NotFound("The action item");
        if (!access.CanManage && !await IsResponsibleAsync(db, item, await user.PersonIdAsync(ct), ct))
            return Problems.Forbidden("Only the secretariat and those responsible update an action item.");
        if (item.Version != request.Version)
            return Problems.Conflict("action_item_conflict", $"Someone else updated the action item first (version {item.Version}).");
        item.SetStatus(request.Status, request.Note, clock.GetUtcNow().UtcDateTime, user.Email!);
        await db.SaveChangesAsync(ct);
        var today = OsloTime.Today(clock);
        return TypedResults.Ok((await MinutesReads.ActionItemsAsync(db, db.ActionItems.Where(a => a.Id == id), today, ct)).Single());
    }

    static async Task<bool> IsResponsibleAsync(NettverkDbContext db, ActionItem item, Guid? personId, CancellationToken ct) =>
        personId is { } me && (item.ResponsiblePersonId == me
            || (item.ResponsibleOrganisationId is { } org && await db.OrganisationContacts.AnyAsync(c => c.OrganisationId == org && c.PersonId == me, ct)));

    /// <summary>The body's items the caller may see, filtered; null when the body is not the caller's to see.</summary>
    static async Task<IQueryable<ActionItem>?> BodyItemsAsync(Guid bodyId, Filter filter, NettverkDbContext db, BodyPermissions permissions,
        DateOnly today, CancellationToken ct)
    {
        var access = await permissions.ForBodyAsync(bodyId, ct);
        if (!access.CanView) return null;
        var query = db.ActionItems.Where(a => a.BodyId == bodyId && (a.IsLive || access.CanManage));
        return Filtered(query, filter, db, today);
    }

    /// <summary>An organisation's items across the bodies the caller may see: those it is responsible for, or one of its
    /// people is.</summary>
    static async Task<IQueryable<ActionItem>?> OrganisationItemsAsync(Guid organisationId, Filter filter, NettverkDbContext db,
        BodyPermissions permissions, CurrentUser user, DateOnly today, CancellationToken ct)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct)) return null;
        var roles = await permissions.RolesByBodyAsync(ct);
        var everything = user.IsAdministrator;
        var publicBodies = user.IsGlobalSecretariat;
        var visible = roles.Keys.ToList();
        var managed = roles.Where(r => r.Value.Contains(BodyRole.Secretariat)).Select(r => r.Key).ToList();
        var query = db.ActionItems.Where(a => (a.ResponsibleOrganisationId == organisationId
                || db.People.Any(p => p.Id == a.ResponsiblePersonId && p.OrganisationId == organisationId))
            && (everything || visible.Contains(a.BodyId) || (publicBodies && db.Bodies.Any(b => b.Id == a.BodyId && b.IsPublic)))
            && (a.IsLive || user.IsAdministrator || managed.Contains(a.BodyId)));
        return Filtered(query, filter, db, today);
    }

    /// <summary>The filters, all in SQL so that a page and its total are of the filtered list. Free text matches what,
    /// the case number and the responsible organisation's and person's names, ignoring case (on SQLite for a–z only).</summary>
    static IQueryable<ActionItem> Filtered(IQueryable<ActionItem> query, Filter filter, NettverkDbContext db, DateOnly today)
    {
        if (filter.Status is { } status) query = query.Where(a => a.Status == status);
        if (filter.OrganisationId is { } org) query = query.Where(a => a.ResponsibleOrganisationId == org);
        if (filter.Overdue == true) query = query.Where(a => a.Status == ActionItemStatus.Open && a.DueOn != null && a.DueOn < today);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = TextSearch.ContainsPattern(filter.Q);
            query = query.Where(a => EF.Functions.Like(a.What, pattern, TextSearch.Escape) || EF.Functions.Like(a.CaseNumber, pattern, TextSearch.Escape)
                || db.Organisations.Any(o => o.Id == a.ResponsibleOrganisationId && EF.Functions.Like(o.Name, pattern, TextSearch.Escape))
                || db.People.Any(p => p.Id == a.ResponsiblePersonId && EF.Functions.Like(p.Name, pattern, TextSearch.Escape)));
        }
        return query;
    }

    /// <summary>Semicolon-separated UTF-8 with a byte order mark: what Excel in Norwegian opens with æøå intact.</summary>
    static FileContentHttpResult Csv(IEnumerable<ActionItemDto> items, TimeProvider clock)
    {
        var fileName = $"oppfolgingspunkter-{clock.GetUtcNow():yyyy-MM-dd}.csv";
        using var writer = new StringWriter();
        using (var csv = CsvExport.Writer(writer))
        {
            foreach (var header in new[] { "Organ", "Møte", "Sak", "Oppfølgingspunkt", "Ansvarlig organisasjon", "Ansvarlig person", "Frist", "Status", "Merknad", "Forfalt" })
                csv.WriteField(header);
            csv.NextRecord();
            foreach (var i in items)
            {
                csv.WriteField(i.Body.Name);
                csv.WriteField(i.MeetingStartsAt?.ToString("yyyy-MM-dd"));
                csv.WriteField(i.CaseNumber);
                csv.WriteField(i.What);
                csv.WriteField(i.ResponsibleOrganisation?.Name);
                csv.WriteField(i.ResponsiblePerson?.Name);
                csv.WriteField(i.DueOn?.ToString("yyyy-MM-dd"));
                csv.WriteField(MinutesDocuments.StatusText(i.Status));
                csv.WriteField(i.StatusNote);
                csv.WriteField(i.Overdue ? "Ja" : "Nei");
                csv.NextRecord();
            }
        }
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(writer.ToString())).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", fileName);
    }
}
