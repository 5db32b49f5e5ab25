using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Minutes;
using Nettverk.Api.Files;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Meetings;

/// <summary>The agenda: items get the body's next case number for the meeting's year and keep it; the order is the
/// secretariat's to set.</summary>
public static class AgendaEndpoints
{
    public static IEndpointRouteBuilder MapAgendaEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/meetings/{id:guid}/agenda-items").WithTags("Agenda").RequireAuthorization()
            // A concurrent answer changes the meeting too (its invitations' version); two items added at once may race
            // for the same case number (a unique index).
            .ProducesRuleConflict("meeting_cancelled", ProblemExceptionHandler.ConcurrencyConflict, ProblemExceptionHandler.UniqueConflict);
        group.MapPost("/", AddItem).WithName("addAgendaItem");
        group.MapPut("/{itemId:guid}", UpdateItem).WithName("updateAgendaItem");
        group.MapDelete("/{itemId:guid}", RemoveItem).WithName("removeAgendaItem");
        group.MapPut("/order", Reorder).WithName("reorderAgenda");
        return app;
    }

    /// <summary>Adds an item with the body's next case number. The first item of an agenda brings the standing items
    /// with it (approving the previous minutes, following up open action items), placed before it.</summary>
    static async Task<Results<Ok<MeetingDetails>, AccessRefusal, ValidationProblem>> AddItem(Guid id, AgendaItemInput input,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var (meeting, refused) = await MeetingAccess.ForAgendaAsync(db, permissions, id, ct);
        if (refused is not null) return refused;
        await EnsurePresenterAsync(db, input, ct);
        var year = meeting!.StartsAtLocal.Year;
        var standing = await db.AgendaItems.AnyAsync(i => i.MeetingId == id, ct)
            ? []
            : await AgendaContinuity.StandingItemsAsync(db, meeting, Calendar.OsloTime.Today(clock), ct);
        // The unique index on (body, year, number) settles a race between two secretaries: the loser takes the next.
        for (var attempt = 0; ; attempt++)
        {
            var number = 1 + (await db.AgendaItems.Where(i => i.BodyId == meeting.BodyId && i.CaseYear == year)
                .MaxAsync(i => (int?)i.CaseNumber, ct) ?? 0);
            var position = 1 + (await db.AgendaItems.Where(i => i.MeetingId == id).MaxAsync(i => (int?)i.Position, ct) ?? 0);
            var added = new List<AgendaItem>();
            foreach (var s in standing)
            {
                var standingItem = new AgendaItem(meeting.Id, meeting.BodyId, position++, year, number++);
                standingItem.Describe(s.Title, s.Kind, s.Description, null, null, s.DurationMinutes);
                standingItem.MarkStandard(s.Standard);
                added.Add(standingItem);
            }
            var item = new AgendaItem(meeting.Id, meeting.BodyId, position, year, number);
            item.Describe(input.Title, input.Kind, input.Description, input.PresenterPersonId, input.PresenterText, input.DurationMinutes);
            added.Add(item);
            db.AgendaItems.AddRange(added);
            meeting.AgendaEdited();
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException e) when (attempt < 3 && DbErrors.IsUniqueViolation(e))
            {
                foreach (var a in added) db.Entry(a).State = EntityState.Detached;
            }
        }
        return TypedResults.Ok(await MeetingReads.DetailsAsync(db, meeting, await permissions.ForBodyAsync(meeting.BodyId, ct), await user.PersonIdAsync(ct), clock, ct));
    }

    static async Task<Results<Ok<MeetingDetails>, AccessRefusal, NotFoundProblem, ValidationProblem>> UpdateItem(Guid id, Guid itemId,
        AgendaItemInput input, NettverkDbContext db, BodyPermissions permissions, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var (meeting, refused) = await MeetingAccess.ForAgendaAsync(db, permissions, id, ct);
        if (refused is not null) return refused;
        var item = await db.AgendaItems.FirstOrDefaultAsync(i => i.Id == itemId && i.MeetingId == id, ct);
        if (item is null) return Problems.NotFound("The agenda item");
        await EnsurePresenterAsync(db, input, ct);
        item.Describe(input.Title, input.Kind, input.Description, input.PresenterPersonId, input.PresenterText, input.DurationMinutes);
        meeting!.AgendaEdited();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await MeetingReads.DetailsAsync(db, meeting!, await permissions.ForBodyAsync(meeting!.BodyId, ct), await user.PersonIdAsync(ct), clock, ct));
    }

    static async Task<Results<Ok<MeetingDetails>, AccessRefusal, NotFoundProblem>> RemoveItem(Guid id, Guid itemId,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, IFileStore files, TimeProvider clock, CancellationToken ct)
    {
        var (meeting, refused) = await MeetingAccess.ForAgendaAsync(db, permissions, id, ct);
        if (refused is not null) return refused;
        var item = await db.AgendaItems.FirstOrDefaultAsync(i => i.Id == itemId && i.MeetingId == id, ct);
        if (item is null) return Problems.NotFound("The agenda item");
        var papers = await db.AgendaPapers.Where(p => p.AgendaItemId == itemId).ToListAsync(ct);
        db.AgendaPapers.RemoveRange(papers);
        await InputRounds.InputRoundTies.ForgetAgendaItemAsync(db, itemId, ct);
        db.AgendaItems.Remove(item);
        meeting!.AgendaEdited();
        await db.SaveChangesAsync(ct);
        // Files go after the rows: a crash in between leaves an orphan file, never a row without its file.
        foreach (var paper in papers) await files.DeleteAsync(paper.StorageKey, ct);
        return TypedResults.Ok(await MeetingReads.DetailsAsync(db, meeting!, await permissions.ForBodyAsync(meeting!.BodyId, ct), await user.PersonIdAsync(ct), clock, ct));
    }

    static async Task<Results<Ok<MeetingDetails>, AccessRefusal, ValidationProblem>> Reorder(Guid id, ReorderAgendaRequest request,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var (meeting, refused) = await MeetingAccess.ForAgendaAsync(db, permissions, id, ct);
        if (refused is not null) return refused;
        var items = await db.AgendaItems.Where(i => i.MeetingId == id).ToListAsync(ct);
        if (request.ItemIds.Count != items.Count || request.ItemIds.Distinct().Count() != items.Count || items.Any(i => !request.ItemIds.Contains(i.Id)))
            return Problems.Field("itemIds", ErrorCodes.AgendaOrderIncomplete, "List every item of the agenda exactly once.");
        for (var i = 0; i < request.ItemIds.Count; i++) items.Single(x => x.Id == request.ItemIds[i]).MoveTo(i + 1);
        meeting!.AgendaEdited();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await MeetingReads.DetailsAsync(db, meeting!, await permissions.ForBodyAsync(meeting!.BodyId, ct), await user.PersonIdAsync(ct), clock, ct));
    }

    static async Task EnsurePresenterAsync(NettverkDbContext db, AgendaItemInput input, CancellationToken ct)
    {
        if (input.PresenterPersonId is { } p && !await db.People.AnyAsync(x => x.Id == p, ct))
            throw new FieldValidationException("presenterPersonId", ErrorCodes.PersonNotFound, "The person does not exist.");
    }
}
