using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Documents;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Minutes;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Reports;

/// <summary>Reads of reports shared by the endpoints, the case document and the body's public page.</summary>
public static class ReportReads
{
    public static string Period(Report r) => $"{MeetingTexts.Date(r.PeriodFrom)}–{MeetingTexts.Date(r.PeriodTo)}";

    public static async Task<Dictionary<Guid, string>> CommitteeNamesAsync(NettverkDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return list.Count == 0 ? [] : await db.Bodies.Where(b => list.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
    }

    /// <summary>The statements received on a body's sent reports, newest meeting first: the public list and the body's
    /// public page read the same rows.</summary>
    public static async Task<List<PublicCommitteeStatement>> PublicStatementsOfAsync(NettverkDbContext db, Guid bodyId, CancellationToken ct)
    {
        var rows = await (
            from s in db.CommitteeStatements.AsNoTracking()
            where s.BodyId == bodyId
            join r in db.Reports on s.ReportId equals r.Id
            where r.State == ReportState.Sent
            join c in db.Bodies on s.CommitteeId equals c.Id
            orderby s.MeetingDate descending, s.Id
            select new { r.Id, r.Title, r.PeriodFrom, r.PeriodTo, s.CommitteeId, c.Name, s.MeetingDate, s.CaseNumber, s.Text, s.Decision })
            .ToListAsync(ct);
        return rows.Select(x => new PublicCommitteeStatement(x.Id, x.Title, x.PeriodFrom, x.PeriodTo, x.CommitteeId, x.Name,
            x.MeetingDate, x.CaseNumber, x.Text, SafeMarkdown.ToHtml(x.Text), x.Decision, SafeMarkdown.ToHtml(x.Decision))).ToList();
    }
}
