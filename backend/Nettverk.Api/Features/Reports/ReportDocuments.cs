using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Documents;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Minutes;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Reports;

/// <summary>The saksframlegg of a report: the picked content read in a few small queries, and the attendance per
/// organisation over the period's meetings counted by the database (one GROUP BY).</summary>
public static class ReportDocuments
{
    public static async Task<CaseDocument> BuildAsync(NettverkDbContext db, AppLinks links, Report r, CancellationToken ct)
    {
        var body = await db.Bodies.AsNoTracking().Where(b => b.Id == r.BodyId)
            .Select(b => new { b.Name, Owner = db.Organisations.Where(o => o.Id == b.OwnerOrganisationId).Select(o => o.Name).FirstOrDefault() })
            .SingleAsync(ct);
        var committees = (await ReportReads.CommitteeNamesAsync(db, r.Committees.Select(c => c.CommitteeId), ct)).Values
            .Order(StringComparer.Ordinal).ToList();
        var minutes = await db.Meetings.AsNoTracking().Where(m => r.MinutesIds.Contains(m.Id) && m.BodyId == r.BodyId)
            .OrderBy(m => m.StartsAtLocal).Select(m => new { m.Id, m.Title, m.StartsAtLocal }).ToListAsync(ct);
        var decisions = await (
            from e in db.Set<MinutesEntry>().AsNoTracking()
            where r.DecisionEntryIds.Contains(e.Id) && e.BodyId == r.BodyId
            join mi in db.Minutes on e.MinutesId equals mi.Id
            join mt in db.Meetings on mi.MeetingId equals mt.Id
            orderby mt.StartsAtLocal, e.Position
            select new { e.CaseNumber, e.Title, e.Decision }).ToListAsync(ct);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var items = await MinutesReads.ActionItemsAsync(db, db.ActionItems.Where(a => r.ActionItemIds.Contains(a.Id) && a.BodyId == r.BodyId), today, ct);
        var hearings = await db.Hearings.AsNoTracking().Where(h => r.HearingIds.Contains(h.Id) && h.BodyId == r.BodyId)
            .OrderBy(h => h.ClosesAt).Select(h => new CaseSummary(h.Title, h.Summary)).ToListAsync(ct);
        var rounds = await db.InputRounds.AsNoTracking().Where(x => r.InputRoundIds.Contains(x.Id) && x.BodyId == r.BodyId)
            .OrderBy(x => x.ClosesAtUtc).Select(x => new CaseSummary(x.Title, x.Summary)).ToListAsync(ct);
        var attendance = r.IncludeAttendance ? await AttendanceAsync(db, r.BodyId, r.PeriodFrom, r.PeriodTo, ct) : null;
        var status = r.SentAt is { } sent ? $"Sendt {MeetingTexts.DateOfUtc(sent)}" : "Utkast";
        var secretariat = await BodyReads.SecretariatLineAsync(db, r.BodyId, withEmail: true, ct);
        return new CaseDocument(body.Owner, body.Name, r.Title, ReportReads.Period(r), committees, status, r.Background, r.Assessment,
            r.ProposedDecision,
            minutes.Select(m => new CaseMinutes(m.Title, MeetingTexts.Date(m.StartsAtLocal), links.To($"/moter/{m.Id}/referat"))).ToList(),
            decisions.Select(d => new CaseDecision(d.CaseNumber, d.Title, NonPublicText.Strip(d.Decision) ?? "")).ToList(),
            items.Select(a => new DocumentActionItem(a.CaseNumber, a.What,
                string.Join(", ", new[] { a.ResponsibleOrganisation?.Name, a.ResponsiblePerson?.Name }.Where(n => !string.IsNullOrEmpty(n))) is { Length: > 0 } who ? who : null,
                a.DueOn is { } d ? MeetingTexts.Date(d) : null, MinutesDocuments.StatusText(a.Status))).ToList(),
            hearings, rounds, attendance, secretariat);
    }

    /// <summary>Per organisation: seats present, represented by a deputy, and absent, over the body's meetings in the
    /// period whose minutes are published. Counted in SQL with one GROUP BY.</summary>
    public static async Task<List<CaseAttendance>> AttendanceAsync(NettverkDbContext db, Guid bodyId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var fromLocal = from.ToDateTime(TimeOnly.MinValue);
        var toLocal = to.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var rows = await (
            from a in db.Set<MinutesAttendee>()
            where a.BodyId == bodyId && a.Kind == AttendeeKind.Seat
            join mi in db.Minutes on a.MinutesId equals mi.Id
            where mi.PublishedAt != null
            join mt in db.Meetings on mi.MeetingId equals mt.Id
            where mt.StartsAtLocal >= fromLocal && mt.StartsAtLocal < toLocal && mt.Status != MeetingStatus.Cancelled
            group a by a.OrganisationName into g
            select new
            {
                Organisation = g.Key,
                Present = g.Count(x => x.Status == AttendanceStatus.Present),
                Deputy = g.Count(x => x.Status == AttendanceStatus.DeputyPresent),
                Absent = g.Count(x => x.Status == AttendanceStatus.Absent),
            }).AsNoTracking().ToListAsync(ct);
        return rows.Select(x => new CaseAttendance(x.Organisation ?? "Uten organisasjon", x.Present, x.Deputy, x.Absent))
            .OrderBy(x => x.Organisation, StringComparer.Create(new System.Globalization.CultureInfo("nb-NO"), false)).ToList();
    }
}
