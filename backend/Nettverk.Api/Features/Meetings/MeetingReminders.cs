using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Meetings;

/// <summary>One reminder sent to one invitation. The unique key (invitation, kind, due time) is what makes sending
/// idempotent: a second run, or a run racing this one, cannot insert the row again, and the e-mail is written to the
/// outbox in the same transaction as the row. A moved meeting has new due times, so its reminders go out anew.</summary>
public sealed class SentReminder
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid MeetingId { get; private set; }
    public Guid InvitationId { get; private set; }
    public string Kind { get; private set; } = "";
    public DateTime DueAtUtc { get; private set; }
    public DateTime SentAtUtc { get; private set; }

    private SentReminder() { }

    public SentReminder(Guid meetingId, Guid invitationId, string kind, DateTime dueAtUtc, DateTime sentAtUtc)
    {
        MeetingId = meetingId;
        InvitationId = invitationId;
        Kind = kind;
        DueAtUtc = dueAtUtc;
        SentAtUtc = sentAtUtc;
    }
}

/// <summary>Reminders before each called meeting (per body: default 7 and 1 days before) to those who accepted or have
/// not answered, and one chaser to those who have not answered some days after the invitation. Nothing for a cancelled
/// meeting, nothing late: a reminder whose time passed before the meeting was called is skipped.</summary>
public sealed class MeetingReminders(NettverkDbContext db, InvitationMailComposer mail)
{
    public async Task<int> SendDueAsync(DateTime nowUtc, CancellationToken ct)
    {
        // Every called meeting still to come: chasers are due long before the meeting. Few rows; indexed by status and start.
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.Status == MeetingStatus.Called && m.StartsAtUtc > nowUtc)
            .Join(db.Bodies, m => m.BodyId, b => b.Id, (m, b) => new { Meeting = m, b.ReminderDaysBefore, b.ChaseAfterDays })
            .ToListAsync(ct);
        var sent = 0;
        foreach (var row in meetings)
        {
            var m = row.Meeting;
            var due = row.ReminderDaysBefore.Select(d => (Kind: $"before-{d}", At: m.StartsAtUtc.AddDays(-d), Chaser: false)).ToList();
            if (row.ChaseAfterDays is { } chase && m.CalledAt is { } called && m.StartsAtUtc - called.AddDays(chase) > TimeSpan.FromDays(1))
                due.Add(("chaser", called.AddDays(chase), true));
            // Only the latest reminder that is due: after a late call or a pause, one reminder, not a burst.
            var reminder = due.Where(d => d.At <= nowUtc && d.At >= (m.CalledAt ?? DateTime.MinValue)).OrderByDescending(d => d.At).FirstOrDefault();
            if (reminder.Kind is null) continue;
            sent += await SendAsync(m.Id, reminder.Kind, reminder.At, reminder.Chaser, nowUtc, ct);
        }
        return sent;
    }

    async Task<int> SendAsync(Guid meetingId, string kind, DateTime dueAt, bool chaser, DateTime nowUtc, CancellationToken ct)
    {
        // Loaded afresh: a run that lost a race below clears the tracker, and the meeting decides who is reminded.
        var meeting = await db.Meetings.Include(m => m.Invitations).FirstAsync(m => m.Id == meetingId, ct);
        var already = await db.SentReminders.Where(r => r.MeetingId == meetingId && r.Kind == kind && r.DueAtUtc == dueAt)
            .Select(r => r.InvitationId).ToListAsync(ct);
        var reminders = meeting.Remind(chaser, already.ToHashSet());
        if (reminders.Count == 0) return 0;
        foreach (var reminder in reminders)
            db.SentReminders.Add(new SentReminder(meeting.Id, reminder.Invitation.Id, kind, dueAt, nowUtc));
        await mail.EnqueueAsync(meeting, reminders, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another run got there first: its rows and e-mails stand, ours are dropped whole.
            db.ChangeTracker.Clear();
            return 0;
        }
        return reminders.Count;
    }
}
