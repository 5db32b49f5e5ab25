using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Reports;

/// <summary>A report as the caller may see it. The body's secretariat (and administrators) read and change drafts; anyone
/// who may view the body reads its sent reports; the members and secretariat of an addressed committee read a sent report
/// addressed to it. Everyone else is told it does not exist (404).</summary>
public sealed record ReportAccess(Report Report, BodyAccess Body, bool InAddressedCommittee, IReadOnlySet<Guid> RecordsFor)
{
    public bool CanRead => Body.CanManage || (Report.State == ReportState.Sent && (Body.CanView || InAddressedCommittee));
    public bool CanEdit => Body.CanManage && Report.State == ReportState.Draft;
    public bool CanRecordStatement(Guid committeeId) => Report.State == ReportState.Sent && RecordsFor.Contains(committeeId);

    /// <summary>The report for this caller, or null when it is not there for them.</summary>
    public static async Task<ReportAccess?> LoadAsync(NettverkDbContext db, BodyPermissions permissions, CurrentUser user, Guid id,
        CancellationToken ct)
    {
        var report = await db.Reports.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (report is null) return null;
        var access = await ForAsync(report, permissions, user, ct);
        return access.CanRead ? access : null;
    }

    public static async Task<ReportAccess> ForAsync(Report report, BodyPermissions permissions, CurrentUser user, CancellationToken ct)
    {
        var body = await permissions.ForBodyAsync(report.BodyId, ct);
        var roles = await permissions.RolesByBodyAsync(ct);
        var committees = report.Committees.Select(c => c.CommitteeId).ToList();
        var inCommittee = committees.Any(c => roles.TryGetValue(c, out var r) && r.Count > 0);
        var recordsFor = committees.Where(c => user.IsAdministrator || (roles.TryGetValue(c, out var r) && r.Contains(BodyRole.Secretariat))).ToHashSet();
        return new ReportAccess(report, body, inCommittee, recordsFor);
    }
}
