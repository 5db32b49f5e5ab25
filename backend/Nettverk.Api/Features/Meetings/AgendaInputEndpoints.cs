using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nettverk.Api.Calendar;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Files;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Meetings;

public sealed record AgendaInputAttachmentDto(Guid Id, string FileName, string ContentType, long Size);

/// <summary>One input as the caller may read it. <c>CanEdit</c>: the caller wrote it and the item still takes input.
/// <c>TextHtml</c>: the markdown rendered without raw HTML and with safe links only.</summary>
public sealed record AgendaInputDto(Guid Id, Guid AgendaItemId, NamedRef Organisation, string AuthorName, string Text, string? TextHtml,
    DateTime SubmittedAt, DateTime? EditedAt, bool Included, bool CanEdit, IReadOnlyList<AgendaInputAttachmentDto> Attachments);

/// <summary>An item's input window (deadline in Europe/Oslo time, null when the item takes no input) and the input the
/// caller may read: the secretariat all of it, an organisation its own, everyone who reads the papers the included.</summary>
public sealed record AgendaItemInputDto(Guid AgendaItemId, DateTime? ClosesAt, bool IsOpen, IReadOnlyList<AgendaInputDto> Inputs);

/// <summary>The meeting's input. <c>Organisations</c>: those the caller may send input for in this body (empty: may not send).</summary>
public sealed record AgendaInputOverviewDto(Guid MeetingId, bool CanManage, IReadOnlyList<NamedRef> Organisations,
    IReadOnlyList<AgendaItemInputDto> Items);

/// <summary>Opens the item for input until <c>closesAt</c> (Europe/Oslo wall-clock time), or closes it (null).</summary>
public sealed record SetAgendaInputDeadlineRequest(DateTime? ClosesAt);

public sealed record EditAgendaInputRequest([property: StringLength(AgendaInputLimits.MaxText)] string? Text);

public sealed record IncludeAgendaInputRequest(bool Included);

/// <summary>Input (innspill) to agenda items: a seat holder or an organisation's contact writes on behalf of the
/// organisation, with attachments, until the deadline the secretariat set for the item; the secretariat includes input in
/// the papers, which the body's readers then see. Input not included stays with the secretariat and the organisation.</summary>
public static class AgendaInputEndpoints
{
    public static IEndpointRouteBuilder MapAgendaInputEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/meetings/{id:guid}/agenda-input", Overview).WithName("getAgendaInput").WithTags("AgendaInput").RequireAuthorization();
        app.MapPut("/api/meetings/{id:guid}/agenda-items/{itemId:guid}/input-deadline", SetDeadline).WithName("setAgendaInputDeadline")
            .WithTags("AgendaInput").RequireAuthorization().ProducesRuleConflict("meeting_cancelled", "agenda_input_meeting_closed");
        app.MapPost("/api/meetings/{id:guid}/agenda-items/{itemId:guid}/input", Submit).WithName("submitAgendaInput")
            .WithTags("AgendaInput").RequireAuthorization()
            .ProducesRuleConflict("agenda_input_not_open", "agenda_input_deadline_passed", "agenda_input_meeting_closed")
            // Our own antiforgery middleware checks the header on every unsafe /api request, form posts included.
            .DisableAntiforgery();
        app.MapPut("/api/agenda-input/{inputId:guid}", Edit).WithName("editAgendaInput").WithTags("AgendaInput").RequireAuthorization()
            .ProducesRuleConflict("agenda_input_not_open", "agenda_input_deadline_passed", "agenda_input_meeting_closed");
        app.MapDelete("/api/agenda-input/{inputId:guid}", Withdraw).WithName("withdrawAgendaInput").WithTags("AgendaInput").RequireAuthorization()
            .ProducesRuleConflict("agenda_input_not_open", "agenda_input_deadline_passed", "agenda_input_meeting_closed");
        app.MapPut("/api/agenda-input/{inputId:guid}/included", Include).WithName("includeAgendaInput").WithTags("AgendaInput").RequireAuthorization();
        app.MapGet("/api/agenda-input-attachments/{attachmentId:guid}", Download).WithName("downloadAgendaInputAttachment")
            .WithTags("AgendaInput").RequireAuthorization();
        return app;
    }

    static async Task<Results<Ok<AgendaInputOverviewDto>, NotFoundProblem>> Overview(Guid id, NettverkDbContext db, BodyPermissions permissions,
        CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var (meeting, access) = await MeetingAccess.ForViewAsync(db, permissions, id, ct);
        if (meeting is null) return Problems.NotFound("The meeting");
        return TypedResults.Ok(await OverviewAsync(db, meeting, access!, await user.PersonIdAsync(ct), clock, ct));
    }

    static async Task<Results<Ok<AgendaInputOverviewDto>, AccessRefusal, NotFoundProblem, ConflictProblem, ValidationProblem>> SetDeadline(
        Guid id, Guid itemId, SetAgendaInputDeadlineRequest request, NettverkDbContext db, BodyPermissions permissions, CurrentUser user,
        TimeProvider clock, CancellationToken ct)
    {
        var (meeting, refused) = await MeetingAccess.ForAgendaAsync(db, permissions, id, ct);
        if (refused is not null) return refused;
        var item = await db.AgendaItems.FirstOrDefaultAsync(i => i.Id == itemId && i.MeetingId == id, ct);
        if (item is null) return Problems.NotFound("The agenda item");
        var now = clock.GetUtcNow().UtcDateTime;
        if (meeting!.HasEnded(now)) return Problems.Conflict("agenda_input_meeting_closed", "The meeting is over; it takes no more input.");
        var existing = await db.AgendaInputDeadlines.FirstOrDefaultAsync(d => d.AgendaItemId == itemId, ct);
        if (request.ClosesAt is not { } local)
        {
            if (existing is not null) db.AgendaInputDeadlines.Remove(existing);
        }
        else
        {
            var closesAt = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            if (closesAt > meeting.StartsAtLocal)
                return Problems.Field("closesAt", ErrorCodes.InvalidValue, "The deadline must be no later than the meeting's start.");
            var utc = OsloTime.ToUtc(closesAt);
            if (existing is null) db.AgendaInputDeadlines.Add(new AgendaInputDeadline(item, utc));
            else existing.Move(utc);
        }
        await db.SaveChangesAsync(ct);
        var access = await permissions.ForBodyAsync(meeting.BodyId, ct);
        return TypedResults.Ok(await OverviewAsync(db, meeting, access, await user.PersonIdAsync(ct), clock, ct));
    }

    static async Task<Results<Created<AgendaInputDto>, AccessRefusal, NotFoundProblem, ConflictProblem, ValidationProblem>> Submit(
        Guid id, Guid itemId, [FromForm] string? text, [FromForm] Guid? organisationId, IFormFile? file, NettverkDbContext db,
        BodyPermissions permissions, CurrentUser user, IFileStore files, IOptions<PaperOptions> options, Outbox outbox, AppLinks links,
        TimeProvider clock, CancellationToken ct)
    {
        var (meeting, access) = await MeetingAccess.ForViewAsync(db, permissions, id, ct);
        if (meeting is null) return Problems.NotFound("The meeting");
        var item = await db.AgendaItems.FirstOrDefaultAsync(i => i.Id == itemId && i.MeetingId == id, ct);
        if (item is null) return Problems.NotFound("The agenda item");
        var personId = await user.PersonIdAsync(ct);
        var organisations = await OrganisationsAsync(db, meeting.BodyId, personId, ct);
        if (organisations.Count == 0) return (AccessRefusal)Problems.Forbidden("Only the body's seat holders and member organisations' contacts send input.");
        var organisation = organisationId ?? organisations[0];
        if (!organisations.Contains(organisation))
            return Problems.Field("organisationId", ErrorCodes.OrganisationNotFound, "You do not act for this organisation in this body.");
        var now = clock.GetUtcNow().UtcDateTime;
        if (await ClosedAsync(db, meeting, itemId, now, ct) is { } closed) return closed;
        text = text?.Trim() ?? "";
        if (text.Length > AgendaInputLimits.MaxText)
            return Problems.Field("text", ErrorCodes.TooLong, $"At most {AgendaInputLimits.MaxText} characters.", new() { ["max"] = AgendaInputLimits.MaxText });
        if (text.Length == 0 && (file is null || file.Length == 0)) return Problems.Field("text", ErrorCodes.Required, "Write your input or attach a file.");
        var authorName = await db.People.Where(p => p.Id == personId).Select(p => p.Name).FirstOrDefaultAsync(ct) ?? user.Email!;
        var input = new AgendaInput(item, organisation, personId!.Value, authorName, text, now);
        string? key = null;
        if (file is not null && file.Length > 0)
        {
            var (attachment, problem) = await StoreAsync(input, file, files, options.Value, now, ct);
            if (problem is not null) return problem;
            key = attachment!.StorageKey;
            input.Attachments.Add(attachment);
        }
        db.AgendaInputs.Add(input);
        await NotifySecretariatAsync(db, outbox, links, meeting, item, input, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            if (key is not null) await files.DeleteAsync(key, CancellationToken.None);
            throw;
        }
        var names = await OrganisationNamesAsync(db, [organisation], ct);
        return TypedResults.Created($"/api/agenda-input/{input.Id}", ToDto(input, names, canEdit: true));
    }

    static async Task<Results<Ok<AgendaInputDto>, AccessRefusal, NotFoundProblem, ConflictProblem, ValidationProblem>> Edit(Guid inputId,
        EditAgendaInputRequest request, NettverkDbContext db, BodyPermissions permissions, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var (input, meeting, refused) = await ForAuthorAsync(db, permissions, user, inputId, ct);
        if (refused is not null) return refused;
        var now = clock.GetUtcNow().UtcDateTime;
        if (await ClosedAsync(db, meeting!, input!.AgendaItemId, now, ct) is { } closed) return closed;
        var text = request.Text?.Trim() ?? "";
        if (text.Length == 0 && input.Attachments.Count == 0) return Problems.Field("text", ErrorCodes.Required, "Write your input or attach a file.");
        input.Edit(text, now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToDto(input, await OrganisationNamesAsync(db, [input.OrganisationId], ct), canEdit: true));
    }

    static async Task<Results<NoContent, AccessRefusal, NotFoundProblem, ConflictProblem>> Withdraw(Guid inputId, NettverkDbContext db,
        BodyPermissions permissions, CurrentUser user, IFileStore files, TimeProvider clock, CancellationToken ct)
    {
        var (input, meeting, refused) = await ForAuthorAsync(db, permissions, user, inputId, ct);
        if (refused is not null) return refused;
        if (await ClosedAsync(db, meeting!, input!.AgendaItemId, clock.GetUtcNow().UtcDateTime, ct) is { } closed) return closed;
        var keys = input.Attachments.Select(a => a.StorageKey).ToList();
        db.AgendaInputs.Remove(input);
        await db.SaveChangesAsync(ct);
        foreach (var key in keys) await files.DeleteAsync(key, ct);
        return TypedResults.NoContent();
    }

    static async Task<Results<Ok<AgendaInputDto>, NotFoundProblem, ForbiddenProblem>> Include(Guid inputId, IncludeAgendaInputRequest request,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var input = await db.AgendaInputs.Include(i => i.Attachments).FirstOrDefaultAsync(i => i.Id == inputId, ct);
        if (input is null) return Problems.NotFound("The input");
        var access = await permissions.ForBodyAsync(input.BodyId, ct);
        if (!access.CanManage)
        {
            var mine = (await OrganisationsAsync(db, input.BodyId, await user.PersonIdAsync(ct), ct)).Contains(input.OrganisationId);
            if (!access.CanView || !(mine || input.IsIncluded)) return Problems.NotFound("The input");
            return Problems.Forbidden("Only the body's secretariat includes input in the papers.");
        }
        input.Include(request.Included, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToDto(input, await OrganisationNamesAsync(db, [input.OrganisationId], ct), canEdit: false));
    }

    static async Task<Results<FileStreamHttpResult, NotFoundProblem>> Download(Guid attachmentId, NettverkDbContext db,
        BodyPermissions permissions, CurrentUser user, IFileStore files, CancellationToken ct)
    {
        var found = await (from a in db.AgendaInputAttachments
                           join i in db.AgendaInputs on a.AgendaInputId equals i.Id
                           where a.Id == attachmentId
                           select new { Attachment = a, i.OrganisationId, i.IncludedAt }).AsNoTracking().FirstOrDefaultAsync(ct);
        if (found is null) return Problems.NotFound("The attachment");
        var access = await permissions.ForBodyAsync(found.Attachment.BodyId, ct);
        var visible = access.CanView && (access.CanManage || found.IncludedAt is not null ||
            (await OrganisationsAsync(db, found.Attachment.BodyId, await user.PersonIdAsync(ct), ct)).Contains(found.OrganisationId));
        if (!visible) return Problems.NotFound("The attachment");
        var stream = await files.OpenReadAsync(found.Attachment.StorageKey, ct);
        if (stream is null) return Problems.NotFound("The attachment's file");
        return TypedResults.File(stream, found.Attachment.ContentType, found.Attachment.FileName);
    }

    /// <summary>The input for its author: 404 for those who may not read it, 403 for readers who did not write it.</summary>
    static async Task<(AgendaInput? Input, Meeting? Meeting, AccessRefusal? Refused)> ForAuthorAsync(NettverkDbContext db,
        BodyPermissions permissions, CurrentUser user, Guid inputId, CancellationToken ct)
    {
        var input = await db.AgendaInputs.Include(i => i.Attachments).FirstOrDefaultAsync(i => i.Id == inputId, ct);
        if (input is null) return (null, null, Problems.NotFound("The input"));
        var (meeting, access) = await MeetingAccess.ForViewAsync(db, permissions, input.MeetingId, ct);
        if (meeting is null) return (null, null, Problems.NotFound("The input"));
        var personId = await user.PersonIdAsync(ct);
        if (input.AuthorPersonId == personId) return (input, meeting, null);
        var mine = (await OrganisationsAsync(db, input.BodyId, personId, ct)).Contains(input.OrganisationId);
        if (!(access!.CanManage || mine || input.IsIncluded)) return (null, null, Problems.NotFound("The input"));
        return (null, null, Problems.Forbidden("Only the author changes or withdraws an input."));
    }

    /// <summary>The refusal when the item takes no input now: a held or cancelled meeting, no deadline set, or the deadline passed.</summary>
    static async Task<ConflictProblem?> ClosedAsync(NettverkDbContext db, Meeting meeting, Guid itemId, DateTime nowUtc, CancellationToken ct)
    {
        if (meeting.StateAt(nowUtc) is MeetingState.Held or MeetingState.Cancelled)
            return Problems.Conflict("agenda_input_meeting_closed", "The meeting is held or cancelled; it takes no input.");
        var deadline = await db.AgendaInputDeadlines.Where(d => d.AgendaItemId == itemId).Select(d => (DateTime?)d.ClosesAtUtc).FirstOrDefaultAsync(ct);
        if (deadline is null) return Problems.Conflict("agenda_input_not_open", "The secretariat has not opened this item for input.");
        if (nowUtc >= deadline) return Problems.Conflict("agenda_input_deadline_passed", "The deadline for input to this item has passed.");
        return null;
    }

    static async Task<(AgendaInputAttachment? Attachment, ValidationProblem? Problem)> StoreAsync(AgendaInput input, IFormFile file,
        IFileStore files, PaperOptions options, DateTime nowUtc, CancellationToken ct)
    {
        var (stored, problem) = await Uploads.SaveAsync(file, files, options, ct);
        return problem is not null ? (null, problem)
            : (new AgendaInputAttachment(input, stored!.Name, stored.ContentType, stored.Size, stored.Key, nowUtc), null);
    }

    /// <summary>The organisations the person acts for in the body: through a seat (as representative or deputy) of a
    /// current membership, or as a contact of a current member organisation.</summary>
    internal static async Task<List<Guid>> OrganisationsAsync(NettverkDbContext db, Guid bodyId, Guid? personId, CancellationToken ct)
    {
        if (personId is not { } person) return [];
        var seats = from s in db.Seats
                    join m in db.Memberships on s.MembershipId equals m.Id
                    where s.BodyId == bodyId && m.LeftOn == null &&
                          (s.RepresentativeId == person || db.SeatDeputies.Any(d => d.SeatId == s.Id && d.PersonId == person))
                    select m.OrganisationId;
        var contacts = from c in db.OrganisationContacts
                       join m in db.Memberships on c.OrganisationId equals m.OrganisationId
                       where c.PersonId == person && m.BodyId == bodyId && m.LeftOn == null
                       select m.OrganisationId;
        return (await seats.Concat(contacts).ToListAsync(ct)).Distinct().ToList();
    }

    static async Task<Dictionary<Guid, string>> OrganisationNamesAsync(NettverkDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        await db.Organisations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);

    static AgendaInputDto ToDto(AgendaInput input, IReadOnlyDictionary<Guid, string> organisations, bool canEdit) =>
        new(input.Id, input.AgendaItemId, new NamedRef(input.OrganisationId, organisations.GetValueOrDefault(input.OrganisationId) ?? ""),
            input.AuthorName, input.Text, SafeMarkdown.ToHtml(input.Text, 4), input.SubmittedAt, input.EditedAt, input.IsIncluded, canEdit,
            input.Attachments.OrderBy(a => a.UploadedAt).Select(a => new AgendaInputAttachmentDto(a.Id, a.FileName, a.ContentType, a.Size)).ToList());

    internal static async Task<AgendaInputOverviewDto> OverviewAsync(NettverkDbContext db, Meeting meeting, BodyAccess access, Guid? personId,
        TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var mine = await OrganisationsAsync(db, meeting.BodyId, personId, ct);
        var deadlines = await db.AgendaInputDeadlines.AsNoTracking().Where(d => d.MeetingId == meeting.Id).ToListAsync(ct);
        var query = db.AgendaInputs.AsNoTracking().Include(i => i.Attachments).Where(i => i.MeetingId == meeting.Id);
        if (!access.CanManage) query = query.Where(i => i.IncludedAt != null || mine.Contains(i.OrganisationId));
        var inputs = await query.OrderBy(i => i.SubmittedAt).ToListAsync(ct);
        var names = await OrganisationNamesAsync(db, inputs.Select(i => i.OrganisationId).Concat(mine).Distinct().ToList(), ct);
        var meetingOpen = meeting.StateAt(now) is MeetingState.Planned or MeetingState.Called;
        var itemIds = deadlines.Select(d => d.AgendaItemId).Concat(inputs.Select(i => i.AgendaItemId)).Distinct();
        var items = itemIds.Select(itemId =>
        {
            var deadline = deadlines.FirstOrDefault(d => d.AgendaItemId == itemId);
            var open = meetingOpen && deadline is not null && now < deadline.ClosesAtUtc;
            return new AgendaItemInputDto(itemId, deadline is null ? null : OsloTime.ToLocal(deadline.ClosesAtUtc), open,
                inputs.Where(i => i.AgendaItemId == itemId).Select(i => ToDto(i, names, open && i.AuthorPersonId == personId)).ToList());
        }).ToList();
        return new AgendaInputOverviewDto(meeting.Id, access.CanManage, mine.Select(o => new NamedRef(o, names.GetValueOrDefault(o) ?? "")).ToList(), items);
    }

    /// <summary>One short mail per input to the body's secretaries, through the outbox.</summary>
    static async Task NotifySecretariatAsync(NettverkDbContext db, Outbox outbox, AppLinks links, Meeting meeting, AgendaItem item,
        AgendaInput input, CancellationToken ct)
    {
        var secretaries = await (from s in db.BodySecretaries
                                 join p in db.People on s.PersonId equals p.Id
                                 where s.BodyId == meeting.BodyId && p.Email != ""
                                 select new { p.Name, p.Email }).ToListAsync(ct);
        var organisation = await db.Organisations.Where(o => o.Id == input.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";
        var link = links.To($"/moter/{meeting.Id}");
        var what = $"Sak {AgendaItem.Label(item.CaseNumber, item.CaseYear)} {item.Title}";
        var when = $"{meeting.Title} {MeetingTexts.Date(meeting.StartsAtLocal)}";
        foreach (var s in secretaries)
        {
            var text = $"""
                Hei {s.Name},

                {input.AuthorName} har sendt innspill fra {organisation} til {what} på møtet {when}.

                Les innspillet: {link}
                """;
            var html = $"""
                <p>Hei {E(s.Name)},</p>
                <p>{E(input.AuthorName)} har sendt innspill fra {E(organisation)} til {E(what)} på møtet {E(when)}.</p>
                <p><a href="{E(link)}">Les innspillet</a></p>
                """;
            outbox.Enqueue(s.Email, s.Name, new MailContent("agenda-input", $"Nytt innspill: {what}", text, html));
        }
    }

    static string E(string s) => WebUtility.HtmlEncode(s);
}
