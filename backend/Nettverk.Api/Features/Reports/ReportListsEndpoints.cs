using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Hearings;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Reports;

/// <summary>The lists around reports: a committee member's reports across bodies, a body's timeline, and the committee
/// statements a public body shows to everyone.</summary>
public static class ReportListsEndpoints
{
    public static IEndpointRouteBuilder MapReportListsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me/committee-reports", CommitteeReports).WithName("listMyCommitteeReports").WithTags("Reports").RequireAuthorization();
        app.MapGet("/api/bodies/{id:guid}/timeline", Timeline).WithName("getBodyTimeline").WithTags("Reports").RequireAuthorization();
        app.MapGet("/api/public/bodies/{bodyId:guid}/committee-statements", PublicStatements).WithName("listPublicCommitteeStatements")
            .WithTags("Public").AllowAnonymous();
        return app;
    }

    /// <summary>Sent reports addressed to a committee in which I hold a seat (or deputise) or am the secretariat, newest first.</summary>
    static async Task<Ok<Page<CommitteeReportRow>>> CommitteeReports([AsParameters] PageQuery paging, NettverkDbContext db,
        BodyPermissions permissions, CurrentUser user, CancellationToken ct)
    {
        var roles = await permissions.RolesByBodyAsync(ct);
        var mine = roles.Where(r => r.Value.Contains(BodyRole.SeatHolder) || r.Value.Contains(BodyRole.Secretariat)).Select(r => r.Key).ToList();
        var records = roles.Where(r => r.Value.Contains(BodyRole.Secretariat)).Select(r => r.Key).ToList();
        var admin = user.IsAdministrator;
        var query =
            from rc in db.ReportCommittees.AsNoTracking()
            where mine.Contains(rc.CommitteeId)
            join r in db.Reports on rc.ReportId equals r.Id
            where r.State == ReportState.Sent
            orderby r.SentAt descending, rc.Id
            select new CommitteeReportRow(r.Id, r.BodyId, db.Bodies.Where(b => b.Id == r.BodyId).Select(b => b.Name).First(), r.Title,
                r.PeriodFrom, r.PeriodTo, r.SentAt!.Value, rc.CommitteeId, db.Bodies.Where(b => b.Id == rc.CommitteeId).Select(b => b.Name).First(),
                rc.Status,
                db.CommitteeStatements.Where(s => s.ReportId == r.Id && s.CommitteeId == rc.CommitteeId).Select(s => (DateOnly?)s.MeetingDate).FirstOrDefault(),
                admin || records.Contains(rc.CommitteeId));
        return TypedResults.Ok(await query.ToPageAsync(paging, ct));
    }

    sealed class Row
    {
        public int Kind { get; init; }
        public DateTime At { get; init; }
        public Guid Id { get; init; }
        public string Title { get; init; } = "";
        public Guid? MeetingId { get; init; }
        public Guid? HearingId { get; init; }
        public Guid? ReportId { get; init; }
        public string? CommitteeName { get; init; }
    }

    /// <summary>Meetings, published minutes, hearings opened and closed, reports sent and statements received, newest first:
    /// a UNION ALL of small projections ordered and paged in SQL. Drafts (meetings cancelled, hearings and reports not yet
    /// out) are left out; draft reports are not events.</summary>
    static async Task<Results<Ok<Page<TimelineEntry>>, NotFoundProblem>> Timeline(Guid id, [AsParameters] PageQuery paging, NettverkDbContext db,
        BodyPermissions permissions, TimeProvider clock, CancellationToken ct)
    {
        var access = await permissions.ForBodyAsync(id, ct);
        if (!access.CanView) return Problems.NotFound("The body");
        var now = clock.GetUtcNow().UtcDateTime;
        var meetings = db.Meetings.Where(m => m.BodyId == id && m.Status != MeetingStatus.Cancelled).Select(m => new Row
        {
            Kind = m.StartsAtUtc <= now ? (int)TimelineKind.MeetingHeld : (int)TimelineKind.MeetingPlanned,
            At = m.StartsAtUtc, Id = m.Id, Title = m.Title, MeetingId = m.Id, HearingId = null, ReportId = null, CommitteeName = null,
        });
        var minutes = db.Minutes.Where(x => x.BodyId == id && x.PublishedAt != null).Select(x => new Row
        {
            Kind = (int)TimelineKind.MinutesPublished, At = x.PublishedAt!.Value, Id = x.Id,
            Title = db.Meetings.Where(m => m.Id == x.MeetingId).Select(m => m.Title).First(),
            MeetingId = x.MeetingId, HearingId = null, ReportId = null, CommitteeName = null,
        });
        var opened = db.Hearings.Where(h => h.BodyId == id && h.Status != HearingState.Draft && h.OpensAt <= now).Select(h => new Row
        {
            Kind = (int)TimelineKind.HearingOpened, At = h.OpensAt, Id = h.Id, Title = h.Title, MeetingId = null, HearingId = h.Id,
            ReportId = null, CommitteeName = null,
        });
        var closed = db.Hearings.Where(h => h.BodyId == id && h.Status != HearingState.Draft && h.ClosesAt <= now).Select(h => new Row
        {
            Kind = (int)TimelineKind.HearingClosed, At = h.ClosesAt, Id = h.Id, Title = h.Title, MeetingId = null, HearingId = h.Id,
            ReportId = null, CommitteeName = null,
        });
        var reports = db.Reports.Where(r => r.BodyId == id && r.State == ReportState.Sent).Select(r => new Row
        {
            Kind = (int)TimelineKind.ReportSent, At = r.SentAt!.Value, Id = r.Id, Title = r.Title, MeetingId = null, HearingId = null,
            ReportId = r.Id, CommitteeName = null,
        });
        var statements = db.CommitteeStatements.Where(s => s.BodyId == id).Select(s => new Row
        {
            Kind = (int)TimelineKind.StatementReceived, At = s.RecordedAt, Id = s.Id,
            Title = db.Reports.Where(r => r.Id == s.ReportId).Select(r => r.Title).First(),
            MeetingId = null, HearingId = null, ReportId = s.ReportId,
            CommitteeName = db.Bodies.Where(b => b.Id == s.CommitteeId).Select(b => b.Name).First(),
        });
        var all = meetings.Concat(minutes).Concat(opened).Concat(closed).Concat(reports).Concat(statements)
            .OrderByDescending(r => r.At).ThenBy(r => r.Kind).ThenBy(r => r.Id);
        var page = await all.AsNoTracking().ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Select(r => new TimelineEntry((TimelineKind)r.Kind, r.At, r.Title, r.MeetingId, r.HearingId, r.ReportId,
            r.CommitteeName)));
    }

    /// <summary>Statements on a public body's sent reports; 404 for a body that is not public (or archived).</summary>
    static async Task<Results<Ok<List<PublicCommitteeStatement>>, NotFoundProblem>> PublicStatements(Guid bodyId, NettverkDbContext db,
        CancellationToken ct)
    {
        if (!await db.Bodies.AnyAsync(b => b.Id == bodyId && b.IsPublic && b.ArchivedAt == null, ct)) return Problems.NotFound("The body");
        return TypedResults.Ok(await ReportReads.PublicStatementsOfAsync(db, bodyId, ct));
    }
}
