using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Calendar;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Minutes;

/// <summary>What follows a meeting up: reminders about action items (some days before the due date, and once when it
/// has passed) and a reminder to the secretariat when a held meeting has no minutes after some days. Each is recorded
/// by a unique row written in the same transaction as its e-mails, so a run that repeats or races another sends nothing
/// twice. Nothing older than a month is chased: a first start on old data sends no burst.</summary>
public sealed class FollowUpReminders(NettverkDbContext db, Outbox outbox, AppLinks links)
{
    const int LookBackDays = 30;

    public async Task<int> SendActionItemRemindersAsync(DateTime nowUtc, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(OsloTime.ToLocal(nowUtc));
        var oldest = today.AddDays(-LookBackDays);
        var horizon = today.AddDays(60);
        var candidates = await db.ActionItems.AsNoTracking()
            .Where(a => a.IsLive && a.Status == ActionItemStatus.Open && a.DueOn != null && a.DueOn >= oldest && a.DueOn <= horizon)
            .Join(db.Bodies, a => a.BodyId, b => b.Id, (a, b) => new { Item = a, b.ActionItemReminderDays, BodyName = b.Name })
            .ToListAsync(ct);
        // What was sent already, in one query; the unique index still settles a race with another run.
        var ids = candidates.Select(c => c.Item.Id).ToList();
        var done = (await db.ActionItemReminders.AsNoTracking().Where(r => ids.Contains(r.ActionItemId))
            .Select(r => new { r.ActionItemId, r.Kind, r.DueOn }).ToListAsync(ct))
            .Select(r => (r.ActionItemId, r.Kind, r.DueOn)).ToHashSet();
        var sent = 0;
        foreach (var row in candidates)
        {
            var due = row.Item.DueOn!.Value;
            var kind = due < today ? "overdue" : due <= today.AddDays(row.ActionItemReminderDays) ? "due-soon" : null;
            if (kind is null || done.Contains((row.Item.Id, kind, due))) continue;
            var recipients = await ResponsibleAsync(row.Item, ct);
            if (recipients.Count == 0) continue;
            db.ActionItemReminders.Add(new ActionItemReminder(row.Item.Id, kind, due, nowUtc));
            var link = links.To($"/organer/{row.Item.BodyId}/oppfolging");
            foreach (var (email, name) in recipients)
                outbox.Enqueue(email, name, ActionItemReminderEmail.Render(row.BodyName, name, row.Item.CaseNumber, row.Item.What, due, kind == "overdue", link));
            if (await TrySaveAsync(ct)) sent++;
        }
        return sent;
    }

    public async Task<int> SendMinutesMissingRemindersAsync(DateTime nowUtc, CancellationToken ct)
    {
        var candidates = await db.Meetings.AsNoTracking()
            .Where(m => m.Status == MeetingStatus.Called && m.EndsAtUtc <= nowUtc && m.EndsAtUtc >= nowUtc.AddDays(-LookBackDays - 60))
            .Where(m => !db.Minutes.Any(x => x.MeetingId == m.Id) && !db.MeetingNotices.Any(n => n.MeetingId == m.Id && n.Kind == "minutes-missing"))
            .Join(db.Bodies, m => m.BodyId, b => b.Id, (m, b) => new { Meeting = m, b.MinutesDueDays, BodyName = b.Name })
            .ToListAsync(ct);
        var sent = 0;
        foreach (var row in candidates)
        {
            var m = row.Meeting;
            var dueAt = m.EndsAtUtc.AddDays(row.MinutesDueDays);
            if (dueAt > nowUtc || dueAt < nowUtc.AddDays(-LookBackDays)) continue;
            var secretaries = await db.BodySecretaries.Where(s => s.BodyId == m.BodyId)
                .Join(db.People.Where(p => p.ArchivedAt == null), s => s.PersonId, p => p.Id, (s, p) => new { p.Email, p.Name }).ToListAsync(ct);
            if (secretaries.Count == 0) continue;
            db.MeetingNotices.Add(new MeetingNotice(m.Id, "minutes-missing", nowUtc));
            var context = new MinutesMailContext(row.BodyName, m.Title, m.StartsAtLocal, links.To($"/moter/{m.Id}/referat"));
            foreach (var s in secretaries) outbox.Enqueue(s.Email, s.Name, MinutesMissingEmail.Render(context, s.Name, row.MinutesDueDays));
            if (await TrySaveAsync(ct)) sent++;
        }
        return sent;
    }

    /// <summary>The responsible person; for an organisation alone, its representative in the body, who took the task on in
    /// the meeting, or else the organisation's contacts.</summary>
    async Task<List<(string Email, string Name)>> ResponsibleAsync(ActionItem item, CancellationToken ct)
    {
        if (item.ResponsiblePersonId is { } personId) return await NamesAsync(db.People.Where(p => p.Id == personId), ct);
        if (item.ResponsibleOrganisationId is not { } organisationId) return [];
        var representatives = await NamesAsync(db.People.Where(p => db.Seats.Any(s => s.BodyId == item.BodyId && s.RepresentativeId == p.Id
            && db.Memberships.Any(m => m.Id == s.MembershipId && m.OrganisationId == organisationId && m.LeftOn == null))), ct);
        return representatives.Count > 0 ? representatives
            : await NamesAsync(db.People.Where(p => db.OrganisationContacts.Any(c => c.OrganisationId == organisationId && c.PersonId == p.Id)), ct);
    }

    static async Task<List<(string Email, string Name)>> NamesAsync(IQueryable<Features.People.Person> people, CancellationToken ct)
    {
        var rows = await people.Where(p => p.ArchivedAt == null).Select(p => new { p.Email, p.Name }).ToListAsync(ct);
        return rows.Select(r => (r.Email, r.Name)).ToList();
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
