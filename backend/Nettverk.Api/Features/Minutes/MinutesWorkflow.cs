using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.People;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Minutes;

/// <summary>The transitions of the minutes and what they send: circulating the draft for comments, approving,
/// publishing (a frozen revision and a notice to every member), and opening a correction. E-mails go to the outbox in
/// the caller's unit of work, one per person.</summary>
public sealed class MinutesWorkflow(NettverkDbContext db, Outbox outbox, AppLinks links, TimeProvider clock)
{
    DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task SendForReviewAsync(Minutes minutes, DateOnly deadline, string? message, string by, CancellationToken ct)
    {
        minutes.SendForReview(deadline, Calendar.OsloTime.Today(clock), Now, by);
        await MakeActionItemsLiveAsync(minutes, ct);
        var context = await MailContextAsync(minutes, ct);
        foreach (var (email, name) in await SeatHoldersAsync(minutes.BodyId, ct))
            outbox.Enqueue(email, name, MinutesReviewEmail.Render(context, name, deadline, string.IsNullOrWhiteSpace(message) ? null : message.Trim()));
    }

    public async Task ApproveAsync(Minutes minutes, string? note, Guid? approvedAtMeetingId, string by, CancellationToken ct)
    {
        if (approvedAtMeetingId is { } id)
        {
            var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.BodyId == minutes.BodyId, ct)
                ?? throw new FieldValidationException("approvedAtMeetingId", ErrorCodes.MeetingNotOfBody, "The meeting is not one of this body's.");
            var own = await db.Meetings.AsNoTracking().Where(m => m.Id == minutes.MeetingId).Select(m => m.StartsAtUtc).FirstAsync(ct);
            if (meeting.StartsAtUtc <= own || meeting.StartsAtUtc > Now || meeting.Status == MeetingStatus.Cancelled)
                throw new FieldValidationException("approvedAtMeetingId", ErrorCodes.ApprovalMeetingNotHeld, "Minutes are approved at a later meeting that has been held.");
            var at = $"Godkjent i møtet {MeetingTexts.Date(meeting.StartsAtLocal)}";
            note = string.IsNullOrWhiteSpace(note) ? at + "." : $"{at}: {note.Trim()}";
        }
        minutes.Approve(note, Now, by);
        await MakeActionItemsLiveAsync(minutes, ct);
    }

    /// <summary>Publishes: freezes the revision as it reads now, as its own record, and tells every member.</summary>
    public async Task PublishAsync(Minutes minutes, string by, CancellationToken ct)
    {
        var now = Now; // one instant for the minutes, the record and its row
        minutes.Publish(now, by);
        var everything = new BodyAccess(minutes.BodyId, true, new HashSet<BodyRole> { BodyRole.Secretariat }, false, false);
        var read = await MinutesReads.DetailsAsync(db, minutes, everything, canComment: false, clock, ct);
        var approvers = await PublishedMinutesUpgrade.ApproverNamesAsync(db, [minutes.ApprovedBy], ct);
        var approverName = minutes.ApprovedBy is { } address ? approvers.GetValueOrDefault(Person.Normalise(address)) : null;
        var record = PublishedMinutesRecord.From(read, minutes.ApprovedBy, minutes.UpdatedBy, now, by, approverName);
        db.PublishedMinutes.Add(new PublishedMinutes
        {
            MinutesId = minutes.Id, MeetingId = minutes.MeetingId, BodyId = minutes.BodyId, Revision = minutes.Revision,
            PublishedAt = now, PublishedBy = by, IsPublic = minutes.IsPublic, CorrectionReason = minutes.CorrectionReason,
            Content = record.ToJson(), SchemaVersion = record.SchemaVersion,
        });
        var context = await MailContextAsync(minutes, ct);
        var publicLink = minutes.IsPublic ? links.To($"/offentlig/referat/{minutes.MeetingId}") : null;
        foreach (var (email, name) in await SeatHoldersAsync(minutes.BodyId, ct))
            outbox.Enqueue(email, name, MinutesPublishedEmail.Render(context, name, minutes.Revision, minutes.CorrectionReason, publicLink));
    }

    /// <summary>A published revision as the API shows it, read from its record (whatever schema it was stored in).</summary>
    public static MinutesDto ReadSnapshot(PublishedMinutes published) => PublishedMinutesRecord.Read(published).ToDto();

    async Task MakeActionItemsLiveAsync(Minutes minutes, CancellationToken ct)
    {
        foreach (var item in await db.ActionItems.Where(a => a.MinutesId == minutes.Id && !a.IsLive).ToListAsync(ct)) item.MakeLive();
    }

    async Task<MinutesMailContext> MailContextAsync(Minutes minutes, CancellationToken ct)
    {
        var row = await db.Meetings.AsNoTracking().Where(m => m.Id == minutes.MeetingId)
            .Join(db.Bodies, m => m.BodyId, b => b.Id, (m, b) => new { m.Title, m.StartsAtLocal, BodyName = b.Name }).FirstAsync(ct);
        return new MinutesMailContext(row.BodyName, row.Title, row.StartsAtLocal, links.To($"/moter/{minutes.MeetingId}/referat"));
    }

    /// <summary>Every representative and deputy of the body's current seats, once each.</summary>
    public async Task<List<(string Email, string Name)>> SeatHoldersAsync(Guid bodyId, CancellationToken ct)
    {
        var people = await SeatHolders(db, bodyId).OrderBy(p => p.Name).Select(p => new { p.Email, p.Name }).ToListAsync(ct);
        return people.Select(p => (p.Email, p.Name)).ToList();
    }

    /// <summary>The people the review and publication notices go to; the minutes' read model counts the same query, so the
    /// number the secretariat is shown before publishing is the number of e-mails that follow.</summary>
    public static IQueryable<Person> SeatHolders(NettverkDbContext db, Guid bodyId)
    {
        var seats = db.Seats.Where(s => s.BodyId == bodyId && db.Memberships.Any(m => m.Id == s.MembershipId && m.LeftOn == null));
        var ids = seats.Where(s => s.RepresentativeId != null).Select(s => s.RepresentativeId!.Value)
            .Concat(db.SeatDeputies.Where(d => seats.Any(s => s.Id == d.SeatId)).Select(d => d.PersonId));
        return db.People.AsNoTracking().Where(p => ids.Contains(p.Id) && p.ArchivedAt == null);
    }
}
