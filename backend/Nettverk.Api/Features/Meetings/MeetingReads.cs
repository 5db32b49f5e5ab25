using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Minutes;
using Nettverk.Api.Features.People;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Meetings;

/// <summary>Meetings as the API shows them: agenda with clock times and papers, my invitation, and for the secretariat
/// everyone's answers.</summary>
public static class MeetingReads
{
    /// <summary>The meeting as the current caller sees it: with their access to the body and their own invitation.</summary>
    public static async Task<MeetingDetails> ForCallerAsync(NettverkDbContext db, BodyPermissions permissions, CurrentUser user, Meeting m,
        TimeProvider clock, CancellationToken ct) =>
        await DetailsAsync(db, m, await permissions.ForBodyAsync(m.BodyId, ct), await user.PersonIdAsync(ct), clock, ct);

    public static async Task<MeetingDetails> DetailsAsync(NettverkDbContext db, Meeting m, BodyAccess access, Guid? personId, TimeProvider clock,
        CancellationToken ct)
    {
        // The body's name and the minutes' state in one statement, the invitations with their people in another.
        var head = await db.Bodies.Where(b => b.Id == m.BodyId).Select(b => new
        {
            b.Name,
            MinutesStatus = db.Minutes.Where(x => x.MeetingId == m.Id).Select(x => (MinutesStatus?)x.Status).FirstOrDefault(),
            MinutesRevision = db.Minutes.Where(x => x.MeetingId == m.Id).Select(x => (int?)x.Revision).FirstOrDefault(),
        }).FirstAsync(ct);
        var bodyName = head.Name;
        var items = await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == m.Id).ToListAsync(ct);
        var papers = await db.AgendaPapers.AsNoTracking().Where(p => p.MeetingId == m.Id).OrderBy(p => p.UploadedAt).ToListAsync(ct);
        var invited = await (
            from i in db.Invitations.AsNoTracking() where i.MeetingId == m.Id
            join p in db.People on i.PersonId equals p.Id
            join o in db.Organisations on p.OrganisationId equals o.Id into orgs
            from o in orgs.DefaultIfEmpty()
            select new { Invitation = i, Person = new PersonRef(p.Id, p.Name, p.Email, p.Phone, p.Title, o == null ? null : o.Name) })
            .ToListAsync(ct);
        var invitations = invited.Select(x => x.Invitation).ToList();
        var people = invited.Select(x => x.Person).DistinctBy(p => p.Id).ToDictionary(p => p.Id);
        var presenters = items.Where(i => i.PresenterPersonId is { } id && !people.ContainsKey(id)).Select(i => i.PresenterPersonId!.Value).ToList();
        if (presenters.Count > 0)
            foreach (var (id, presenter) in await PersonRefs.LoadAsync(db, presenters, ct)) people[id] = presenter;

        var agenda = Agenda.Timed(m, items).Select(t => new AgendaItemDto(t.Item.Id, t.Item.Position, t.CaseLabel, t.Item.Title,
            t.Item.Kind, t.Item.Description, SafeMarkdown.ToHtml(t.Item.Description, topHeadingLevel: 4), t.Item.PresenterPersonId is { } p && people.TryGetValue(p, out var presenter) ? presenter : null,
            t.Item.PresenterText, t.Item.DurationMinutes, t.StartsAtLocal, t.EndsAtLocal,
            papers.Where(x => x.AgendaItemId == t.Item.Id).Select(x => new PaperDto(x.Id, x.FileName, x.ContentType, x.Size, x.UploadedAt)).ToList(),
            t.Item.Standard))
            .ToList();

        InvitationDto Dto(Invitation i)
        {
            var person = people.GetValueOrDefault(i.PersonId) ?? new PersonRef(i.PersonId, "?", "", null, null, null);
            return new InvitationDto(i.Id, person, person.OrganisationName, i.SeatId, i.Role, i.DeputyOrder, i.Answer, i.AnsweredAt,
                i.AnsweredBy, i.Comment, i.Active);
        }

        // Seats with someone to invite (a seat without a representative invites its first deputy); only asked while planned.
        int? toInvite = access.CanManage && m.Status == MeetingStatus.Planned
            ? await db.Seats.CountAsync(s => s.BodyId == m.BodyId && db.Memberships.Any(x => x.Id == s.MembershipId && x.LeftOn == null)
                && (s.RepresentativeId != null || s.Deputies.Any()), ct)
            : null;
        var mine = personId is { } me ? invitations.FirstOrDefault(i => i.PersonId == me) : null;
        var all = access.CanManage
            ? invitations.OrderBy(i => people.GetValueOrDefault(i.PersonId)?.OrganisationName).ThenBy(i => i.Role).ThenBy(i => i.DeputyOrder).Select(Dto).ToList()
            : null;
        return new MeetingDetails(m.Id, new NamedRef(m.BodyId, bodyName), m.Title, m.StartsAtLocal, m.EndsAtLocal, m.Format,
            m.Location, m.VideoUrl, m.IsOpen, m.StateAt(clock.GetUtcNow().UtcDateTime), m.Sequence, m.CalledAt, m.CancellationReason, agenda,
            Agenda.OverrunMinutes(m, items), mine is null ? null : Dto(mine), all, access.CanManage,
            MinutesStatusFor(head.MinutesStatus, head.MinutesRevision, access), access.CanManage && m.AgendaChangedSinceCalled, toInvite);
    }

    /// <summary>The state of the minutes as this reader may know it: a draft is the secretariat's business; members learn of
    /// minutes on review (seat holders) and of published ones.</summary>
    static MinutesStatus? MinutesStatusFor(MinutesStatus? status, int? revision, BodyAccess access)
    {
        if (status is null) return null;
        if (access.CanManage) return status;
        return status switch
        {
            MinutesStatus.OnReview when access.Has(BodyRole.SeatHolder) => MinutesStatus.OnReview,
            MinutesStatus.Approved or MinutesStatus.Published => status,
            _ => revision > 1 ? MinutesStatus.Published : null,
        };
    }

    /// <summary>All of the meetings, in time order: for what a change created (an adopted plan's meetings).</summary>
    public static async Task<List<MeetingSummary>> SummariesAsync(NettverkDbContext db, IQueryable<Meeting> query, Guid? personId,
        TimeProvider clock, CancellationToken ct) =>
        (await Summaries(db, query, personId).ToListAsync(ct)).Select(r => ToSummary(r, clock.GetUtcNow().UtcDateTime)).ToList();

    /// <summary>One page of the meetings in time order, by the (BodyId, StartsAtUtc) index; Id breaks ties.</summary>
    public static async Task<Page<MeetingSummary>> SummaryPageAsync(NettverkDbContext db, IQueryable<Meeting> query, Guid? personId,
        PageQuery paging, TimeProvider clock, CancellationToken ct) =>
        (await Summaries(db, query, personId).ToPageAsync(paging, ct)).Select(r => ToSummary(r, clock.GetUtcNow().UtcDateTime));

    sealed record SummaryRow(Meeting Meeting, string BodyName, Rsvp? MyAnswer);

    static IQueryable<SummaryRow> Summaries(NettverkDbContext db, IQueryable<Meeting> query, Guid? personId) =>
        query.AsNoTracking().OrderBy(m => m.StartsAtUtc).ThenBy(m => m.Id)
            .Select(m => new SummaryRow(m,
                db.Bodies.Where(b => b.Id == m.BodyId).Select(b => b.Name).First(),
                db.Invitations.Where(i => i.MeetingId == m.Id && i.PersonId == personId && i.Active).Select(i => (Rsvp?)i.Answer).FirstOrDefault()));

    static MeetingSummary ToSummary(SummaryRow r, DateTime nowUtc) => new(r.Meeting.Id, r.Meeting.BodyId, r.BodyName, r.Meeting.Title, r.Meeting.StartsAtLocal,
        r.Meeting.EndsAtLocal, r.Meeting.Format, r.Meeting.Location, r.Meeting.IsOpen, r.Meeting.StateAt(nowUtc), r.MyAnswer);
}
