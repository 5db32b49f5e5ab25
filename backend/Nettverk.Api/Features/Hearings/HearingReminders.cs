using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Hearings;

/// <summary>Reminders to invited parties without an answer, the hearing's number of days (7 and 2 by default) before the
/// party's own deadline (the hearing's, or its extension). Each (party, due time) is recorded by a unique row written in
/// the same transaction as its e-mails, so a rerun or a race sends nothing twice; a due time before the party was invited
/// is skipped, so a late invitation brings no burst.</summary>
public sealed class HearingReminders(NettverkDbContext db, Outbox outbox, HearingReads reads)
{
    /// <summary>Sends what is due; answers the number of parties reminded.</summary>
    public async Task<int> SendDueAsync(DateTime nowUtc, CancellationToken ct)
    {
        var hearings = await db.Hearings.AsNoTracking().Where(h => h.Status == HearingState.Open && h.OpensAt <= nowUtc).ToListAsync(ct);
        var sent = 0;
        foreach (var hearing in hearings)
        {
            var days = hearing.ReminderDayList;
            if (days.Count == 0) continue;
            var parties = await db.HearingParties.AsNoTracking()
                .Where(p => p.HearingId == hearing.Id && p.InvitedAt != null && p.DeclinedAt == null && p.Response == null).ToListAsync(ct);
            var ids = parties.Select(p => p.Id).ToList();
            var done = (await db.HearingReminders.AsNoTracking().Where(r => ids.Contains(r.PartyId)).Select(r => new { r.PartyId, r.DueAt }).ToListAsync(ct))
                .Select(r => (r.PartyId, r.DueAt)).ToHashSet();
            // The latest due time that has come per party: one reminder for it, even if an earlier one was missed.
            var due = parties.Select(party => (Party: party, Deadline: party.DeadlineFor(hearing), Due: days
                    .Select(d => party.DeadlineFor(hearing).AddDays(-d)).Where(t => t <= nowUtc && t >= party.InvitedAt).DefaultIfEmpty().Max()))
                .Where(x => nowUtc < x.Deadline && x.Due != default && !done.Contains((x.Party.Id, x.Due))).ToList();
            if (due.Count == 0) continue;
            var recipients = await reads.RecipientsAsync(hearing, due.Select(x => x.Party).ToList(), ct);
            foreach (var (party, deadline, dueAt) in due)
            {
                db.HearingReminders.Add(new HearingReminder(party.Id, dueAt, nowUtc));
                foreach (var (email, name) in recipients[party.Id])
                    outbox.Enqueue(email, name, HearingEmails.Reminder(hearing.Title, party.Name, deadline, reads.AnswerLink(party)));
                if (await TrySaveAsync(ct)) sent++;
            }
        }
        return sent;
    }

    async Task<bool> TrySaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear(); // another run recorded it first
            return false;
        }
    }
}
