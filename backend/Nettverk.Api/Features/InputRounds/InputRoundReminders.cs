using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.InputRounds;

/// <summary>Invitations when a round opens and reminders before it closes. A reminder is recorded by a unique
/// (round, party, due time) row written in the same transaction as its e-mails, so a run that repeats, races another or
/// follows a crash sends nothing twice. A changed closing time is a new due time, so the reminder follows it.</summary>
public sealed class InputRoundReminders(NettverkDbContext db, Outbox outbox, AppLinks links, InputParties parties)
{
    public async Task<int> InviteAsync(InputRound round, CancellationToken ct)
    {
        var bodyName = await db.Bodies.Where(b => b.Id == round.BodyId).Select(b => b.Name).SingleAsync(ct);
        var link = links.To($"/innspill/{round.Id}");
        var count = 0;
        var all = await parties.OfAsync(round, ct);
        var recipients = await parties.RecipientsAsync(round, all.Select(p => p.Id).ToList(), ct);
        foreach (var party in all)
            foreach (var (email, name) in recipients[party.Id])
            {
                outbox.Enqueue(email, name, InputRoundInvitationEmail.Render(bodyName, round.Title, name,
                    round.Mode == RespondentMode.PerOrganisation ? party.Name : null, round.OpensAtUtc, round.ClosesAtUtc, link));
                count++;
            }
        return count;
    }

    /// <summary>Reminds every party without an answer once the round's due time (closing less its reminder days) has come.</summary>
    public async Task<int> SendRemindersAsync(DateTime nowUtc, CancellationToken ct)
    {
        var rounds = await db.InputRounds.AsNoTracking()
            .Where(r => r.Status == InputRoundStatus.Open && r.ReminderDaysBefore > 0 && r.ClosesAtUtc > nowUtc && r.Mode != RespondentMode.PerGroup)
            .Join(db.Bodies, r => r.BodyId, b => b.Id, (r, b) => new { Round = r, BodyName = b.Name })
            .ToListAsync(ct);
        var sent = 0;
        foreach (var row in rounds)
        {
            var round = row.Round;
            var due = round.ClosesAtUtc.AddDays(-round.ReminderDaysBefore);
            if (due > nowUtc || round.OpensAtUtc > nowUtc) continue;
            var answered = await db.Inputs.Where(i => i.RoundId == round.Id).Select(i => i.PartyId).ToListAsync(ct);
            var reminded = await db.InputRoundReminders.Where(r => r.RoundId == round.Id && r.DueAtUtc == due).Select(r => r.PartyId).ToListAsync(ct);
            var link = links.To($"/innspill/{round.Id}");
            var toRemind = (await parties.OfAsync(round, ct)).Where(p => !answered.Contains(p.Id) && !reminded.Contains(p.Id)).ToList();
            var recipientsOf = await parties.RecipientsAsync(round, toRemind.Select(p => p.Id).ToList(), ct);
            foreach (var party in toRemind)
            {
                var recipients = recipientsOf[party.Id];
                if (recipients.Count == 0) continue;
                db.InputRoundReminders.Add(new InputRoundReminder(round.Id, party.Id, due, nowUtc));
                foreach (var (email, name) in recipients)
                    outbox.Enqueue(email, name, InputRoundReminderEmail.Render(row.BodyName, round.Title, name,
                        round.Mode == RespondentMode.PerOrganisation ? party.Name : null, round.ClosesAtUtc, link));
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
            // Another run recorded it first: its row and e-mails stand, ours are dropped whole.
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
