using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.People;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Minutes;

/// <summary>The minutes as the API shows them, and the public version derived from a published revision.</summary>
public static class MinutesReads
{
    public static async Task<MinutesDto> DetailsAsync(NettverkDbContext db, Minutes m, BodyAccess access, bool canComment,
        TimeProvider clock, CancellationToken ct)
    {
        // The meeting with its body's and owner's names, the approver's and last editor's names and the number of people
        // the notices go to, in one statement (scalar subqueries).
        var approvedBy = m.ApprovedBy is null ? null : Person.Normalise(m.ApprovedBy);
        var updatedBy = m.UpdatedBy is null ? null : Person.Normalise(m.UpdatedBy);
        var noticed = MinutesWorkflow.SeatHolders(db, m.BodyId);
        var meeting = await db.Meetings.AsNoTracking().Where(x => x.Id == m.MeetingId).Select(x => new
        {
            x.Title, x.StartsAtLocal, x.EndsAtLocal, x.Format, x.Location,
            BodyName = db.Bodies.Where(b => b.Id == x.BodyId).Select(b => b.Name).First(),
            Owner = db.Bodies.Where(b => b.Id == x.BodyId)
                .Select(b => db.Organisations.Where(o => o.Id == b.OwnerOrganisationId).Select(o => o.Name).FirstOrDefault()).FirstOrDefault(),
            ApprovedByName = db.People.Where(p => approvedBy != null && p.NormalizedEmail == approvedBy).Select(p => p.Name).FirstOrDefault(),
            UpdatedByName = db.People.Where(p => updatedBy != null && p.NormalizedEmail == updatedBy).Select(p => p.Name).FirstOrDefault(),
            Recipients = noticed.Count(),
        }).FirstAsync(ct);
        var body = new { Id = m.BodyId, Name = meeting.BodyName, meeting.Owner };
        var seatIds = m.Attendees.Where(a => a.SeatId != null).Select(a => a.SeatId!.Value).ToList();
        var deputies = await db.SeatDeputies.AsNoTracking().Where(d => seatIds.Contains(d.SeatId))
            .Join(db.People, d => d.PersonId, p => p.Id, (d, p) => new { d.SeatId, Option = new DeputyOption(p.Id, p.Name, d.Order) })
            .ToListAsync(ct);
        var today = Calendar.OsloTime.Today(clock);
        var actionItems = await ActionItemsAsync(db, db.ActionItems.Where(a => a.MinutesId == m.Id), today, ct);
        var comments = access.CanManage || canComment || m.Status == MinutesStatus.OnReview
            ? await db.MinutesComments.AsNoTracking().Where(c => c.MinutesId == m.Id).OrderBy(c => c.CreatedAt)
                .Select(c => new MinutesCommentDto(c.Id, c.EntryId, c.AuthorName, c.Text, c.CreatedAt, c.Revision)).ToListAsync(ct)
            : null;
        int? recipients = access.CanManage && m.Status != MinutesStatus.Published ? meeting.Recipients : null;
        var revisions = await db.PublishedMinutes.AsNoTracking().Where(p => p.MinutesId == m.Id).OrderBy(p => p.Revision)
            .Select(p => new PublishedRevisionDto(p.Revision, p.PublishedAt, p.CorrectionReason, p.IsPublic)).ToListAsync(ct);

        var attendees = m.Attendees.OrderBy(a => a.Kind).ThenBy(a => a.Position).Select(a => new MinutesAttendeeDto(a.Id, a.Kind, a.SeatId,
            a.PersonId, a.Name, a.OrganisationName, a.Status, a.DeputyPersonId, a.DeputyName, a.Note,
            deputies.Where(d => d.SeatId == a.SeatId).Select(d => d.Option).OrderBy(o => o.Order).ToList())).ToList();
        var entries = m.Entries.OrderBy(e => e.Position).Select(e => new MinutesEntryDto(e.Id, e.AgendaItemId, e.Position, e.CaseNumber,
            e.Title, e.Kind, e.Notes, Html(e.Notes), e.Decision, Html(e.Decision), e.IsPublic,
            actionItems.Where(a => a.EntryId == e.Id).ToList())).ToList();
        return new MinutesDto(m.Id, m.MeetingId, new NamedRef(body.Id, body.Name), body.Owner, meeting.Title, meeting.StartsAtLocal,
            meeting.EndsAtLocal, meeting.Format, meeting.Location, m.Status, m.Version, m.Revision, m.IsPublic, m.ReviewDeadline,
            m.SentForReviewAt, m.ApprovedAt, meeting.ApprovedByName ?? m.ApprovedBy, m.ApprovalNote, m.PublishedAt, m.CorrectionReason, m.UpdatedAt,
            meeting.UpdatedByName ?? m.UpdatedBy, attendees, entries, comments,
            revisions, access.CanManage && m.IsEditable, canComment, recipients);
    }

    /// <summary>Action items with the names they refer to, in one statement, by due date (none last), case and position.</summary>
    public static async Task<List<ActionItemDto>> ActionItemsAsync(NettverkDbContext db, IQueryable<ActionItem> query, DateOnly today, CancellationToken ct) =>
        (await ActionItemRows(db, query).ToListAsync(ct)).Select(r => ToDto(r, today)).ToList();

    /// <summary>One page of the same, with the total.</summary>
    public static async Task<Page<ActionItemDto>> ActionItemPageAsync(NettverkDbContext db, IQueryable<ActionItem> query, DateOnly today,
        PageQuery paging, CancellationToken ct) =>
        (await ActionItemRows(db, query).ToPageAsync(paging, ct)).Select(r => ToDto(r, today));

    sealed record ActionItemRow(ActionItem Item, DateTime? StartsAtLocal, string BodyName, string? Organisation, string? Person);

    /// <summary>Ordered in SQL, so a page is a page of this order; Id breaks ties so pages neither repeat nor skip an item.</summary>
    static IQueryable<ActionItemRow> ActionItemRows(NettverkDbContext db, IQueryable<ActionItem> query) =>
        query.AsNoTracking()
            // A left join: an item a committee statement asked for has no meeting.
            .GroupJoin(db.Meetings, a => a.MeetingId, mt => mt.Id, (a, mts) => new { a, mts })
            .SelectMany(x => x.mts.DefaultIfEmpty(), (x, mt) => new { Item = x.a, StartsAtLocal = mt == null ? (DateTime?)null : mt.StartsAtLocal })
            .Join(db.Bodies, x => x.Item.BodyId, b => b.Id, (x, b) => new { x.Item, x.StartsAtLocal, BodyName = b.Name })
            .OrderBy(x => x.Item.DueOn == null).ThenBy(x => x.Item.DueOn).ThenBy(x => x.Item.CaseNumber).ThenBy(x => x.Item.Position)
            .ThenBy(x => x.Item.Id)
            .Select(x => new ActionItemRow(x.Item, x.StartsAtLocal, x.BodyName,
                db.Organisations.Where(o => o.Id == x.Item.ResponsibleOrganisationId).Select(o => o.Name).FirstOrDefault(),
                db.People.Where(p => p.Id == x.Item.ResponsiblePersonId).Select(p => p.Name).FirstOrDefault()));

    static ActionItemDto ToDto(ActionItemRow r, DateOnly today) => new(r.Item.Id, new NamedRef(r.Item.BodyId, r.BodyName), r.Item.MeetingId,
        r.StartsAtLocal, r.Item.EntryId, r.Item.CaseNumber, r.Item.What,
        r.Item.ResponsibleOrganisationId is { } o ? new NamedRef(o, r.Organisation ?? "") : null,
        r.Item.ResponsiblePersonId is { } p ? new NamedRef(p, r.Person ?? "") : null,
        r.Item.DueOn, r.Item.Status, r.Item.StatusNote, r.Item.StatusChangedAt, r.Item.IsLive, r.Item.IsOverdue(today), r.Item.Version,
        r.Item.CommitteeStatementId);

    /// <summary>What the public may read of a published revision: non-public entries reduced to their case number and
    /// title, non-public paragraphs gone, no comments, no e-mail addresses.</summary>
    public static PublicMinutesDto ToPublic(MinutesDto m)
    {
        var entries = m.Entries.Select(e =>
        {
            if (!e.IsPublic) return new PublicEntry(e.CaseNumber, e.Title, e.Kind, true, null, null, null, null, []);
            var notes = NonPublicText.Strip(e.Notes);
            var decision = NonPublicText.Strip(e.Decision);
            return new PublicEntry(e.CaseNumber, e.Title, e.Kind, false, notes, SafeMarkdown.ToHtml(notes), decision, SafeMarkdown.ToHtml(decision),
                e.ActionItems.Select(a => new PublicActionItem(a.CaseNumber, a.What,
                    string.Join(", ", new[] { a.ResponsibleOrganisation?.Name, a.ResponsiblePerson?.Name }.Where(n => !string.IsNullOrEmpty(n))) is { Length: > 0 } who ? who : null,
                    a.DueOn, a.Status)).ToList());
        }).ToList();
        var attendees = m.Attendees.Select(a => new PublicAttendee(a.Kind, a.Name, a.OrganisationName, a.Status, a.DeputyName, a.Note)).ToList();
        return new PublicMinutesDto(m.MeetingId, m.Body, m.OwnerName, m.MeetingTitle, m.StartsAt, m.EndsAt, m.Format, m.Location, m.Revision,
            m.PublishedAt ?? DateTime.MinValue, m.ApprovalNote, m.CorrectionReason, attendees, entries);
    }

    /// <summary>The public version of a meeting's minutes (<see cref="LatestPublicAsync"/>, <see cref="ToPublic"/>): what
    /// getPublicMinutes answers and the server-rendered public page shows; null when there is none.</summary>
    public static async Task<PublicMinutesDto?> PublicAsync(NettverkDbContext db, Guid meetingId, CancellationToken ct) =>
        await LatestPublicAsync(db, meetingId, ct) is { } published ? ToPublic(MinutesWorkflow.ReadSnapshot(published)) : null;

    internal static string? Html(string? markdown) => SafeMarkdown.ToHtml(NonPublicText.Marked(markdown));

    /// <summary>The newest published revision of a meeting of a public body, when that revision is public. An older public
    /// revision is not shown in its place: a correction that made the minutes non-public takes them off the public page.</summary>
    public static async Task<PublishedMinutes?> LatestPublicAsync(NettverkDbContext db, Guid meetingId, CancellationToken ct)
    {
        var latest = await db.PublishedMinutes.AsNoTracking()
            .Where(p => p.MeetingId == meetingId && db.Bodies.Any(b => b.Id == p.BodyId && b.IsPublic && b.ArchivedAt == null))
            .OrderByDescending(p => p.Revision).FirstOrDefaultAsync(ct);
        return latest is { IsPublic: true } ? latest : null;
    }
}
