using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Documents;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Minutes;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Reports;

/// <summary>Reports from a body to political committees (DESIGN.md flow 7): the secretariat drafts, picks the period's
/// content and sends once; each committee's secretariat records the committee's statement.</summary>
public static class ReportsEndpoints
{
    const string Stale = "report_conflict";

    public static IEndpointRouteBuilder MapReportsEndpoints(this IEndpointRouteBuilder app)
    {
        var body = app.MapGroup("/api/bodies/{id:guid}").WithTags("Reports").RequireAuthorization();
        body.MapGet("/reports", List).WithName("listReports");
        body.MapPost("/reports", Create).WithName("createReport");
        body.MapGet("/report-candidates", Candidates).WithName("listReportCandidates");
        var group = app.MapGroup("/api/reports/{id:guid}").WithTags("Reports").RequireAuthorization();
        group.MapGet("/", Get).WithName("getReport");
        group.MapPut("/", Update).WithName("updateReport").ProducesRuleConflict(Stale, "report_not_draft");
        group.MapDelete("/", Delete).WithName("deleteReport").ProducesRuleConflict("report_not_draft");
        group.MapPost("/send", Send).WithName("sendReport").ProducesRuleConflict("report_already_sent", Stale);
        group.MapGet("/document.pdf", Pdf).WithName("reportPdf").WithTags("Documents").ProducesFontsMissing();
        group.MapGet("/document.docx", Docx).WithName("reportDocx").WithTags("Documents");
        group.MapPut("/committees/{committeeId:guid}/statement", RecordStatement).WithName("recordCommitteeStatement")
            .ProducesRuleConflict("report_not_sent");
        return app;
    }

    static DateTime Now(TimeProvider clock) => clock.GetUtcNow().UtcDateTime;

    static async Task<Results<Ok<Page<ReportSummary>>, NotFoundProblem>> List(Guid id, [AsParameters] PageQuery paging, NettverkDbContext db,
        BodyPermissions permissions, CancellationToken ct)
    {
        var access = await permissions.ForBodyAsync(id, ct);
        if (!access.CanView) return Problems.NotFound("The body");
        var query = db.Reports.AsNoTracking().Where(r => r.BodyId == id && (access.CanManage || r.State == ReportState.Sent))
            .OrderBy(r => r.State == ReportState.Sent).ThenByDescending(r => r.SentAt).ThenByDescending(r => r.CreatedAt).ThenBy(r => r.Id);
        var page = await query.ToPageAsync(paging, ct);
        var names = await ReportReads.CommitteeNamesAsync(db, page.Items.SelectMany(r => r.Committees.Select(c => c.CommitteeId)), ct);
        return TypedResults.Ok(page.Select(r => new ReportSummary(r.Id, r.BodyId, r.Title, r.PeriodFrom, r.PeriodTo, r.State, r.SentAt,
            r.Committees.Select(c => new ReportCommitteeRef(c.CommitteeId, names.GetValueOrDefault(c.CommitteeId, ""), c.Status))
                .OrderBy(c => c.Name, StringComparer.Ordinal).ToList())));
    }

    static async Task<Results<Ok<ReportCandidates>, NotFoundProblem, ForbiddenProblem, ValidationProblem>> Candidates(Guid id, DateOnly from,
        DateOnly to, NettverkDbContext db, BodyPermissions permissions, ReportContent content, CancellationToken ct)
    {
        var access = await permissions.ForBodyAsync(id, ct);
        if (!access.CanView) return Problems.NotFound("The body");
        if (!access.CanManage) return Problems.Forbidden("Only the body's secretariat writes its reports.");
        if (to < from) return Problems.Field("to", ErrorCodes.ReportPeriodEndsBeforeStart, "The period ends before it starts.");
        return TypedResults.Ok(await content.CandidatesAsync(id, from, to, ct));
    }

    static async Task<Results<Created<ReportDetail>, NotFoundProblem, ForbiddenProblem, ValidationProblem>> Create(Guid id, ReportInput request,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, ReportContent content, TimeProvider clock, CancellationToken ct)
    {
        var access = await permissions.ForBodyAsync(id, ct);
        if (!access.CanView) return Problems.NotFound("The body");
        if (!access.CanManage) return Problems.Forbidden("Only the body's secretariat writes its reports.");
        var (failures, committees) = await content.CheckAsync(id, request, ct);
        if (failures.Count > 0) return Problems.Fields(failures);
        var report = new Report(id, Now(clock), user.Email!);
        Apply(report, request, committees, Now(clock), user.Email!);
        db.Reports.Add(report);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/reports/{report.Id}", await DetailAsync(db, await ReportAccess.ForAsync(report, permissions, user, ct), ct));
    }

    static async Task<Results<Ok<ReportDetail>, NotFoundProblem>> Get(Guid id, NettverkDbContext db, BodyPermissions permissions,
        CurrentUser user, CancellationToken ct) =>
        await ReportAccess.LoadAsync(db, permissions, user, id, ct) is { } access
            ? TypedResults.Ok(await DetailAsync(db, access, ct))
            : Problems.NotFound("The report");

    static async Task<Results<Ok<ReportDetail>, NotFoundProblem, ForbiddenProblem, ConflictProblem, ValidationProblem>> Update(Guid id,
        ReportInput request, NettverkDbContext db, BodyPermissions permissions, CurrentUser user, ReportContent content, TimeProvider clock,
        CancellationToken ct)
    {
        var access = await ReportAccess.LoadAsync(db, permissions, user, id, ct);
        if (access is null) return Problems.NotFound("The report");
        if (!access.Body.CanManage) return Problems.Forbidden("Only the body's secretariat writes its reports.");
        var report = access.Report;
        if (report.State != ReportState.Draft) return Problems.Conflict("report_not_draft", "The report has been sent and can no longer be changed.");
        if (request.Version is not { } version) return Problems.Field("version", ErrorCodes.Required, "Send the version you started from.");
        if (report.Version != version) return Problems.Conflict(Stale, $"Someone else changed the report first (version {report.Version}).");
        var (failures, committees) = await content.CheckAsync(report.BodyId, request with { CommitteeIds = request.CommitteeIds ?? report.Committees.Select(c => c.CommitteeId).ToList() }, ct);
        if (failures.Count > 0) return Problems.Fields(failures);
        Apply(report, request, committees, Now(clock), user.Email!);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict(Stale, "Someone else changed the report first.");
        }
        return TypedResults.Ok(await DetailAsync(db, access, ct));
    }

    static async Task<Results<NoContent, NotFoundProblem, ForbiddenProblem, ConflictProblem>> Delete(Guid id, NettverkDbContext db,
        BodyPermissions permissions, CurrentUser user, CancellationToken ct)
    {
        var access = await ReportAccess.LoadAsync(db, permissions, user, id, ct);
        if (access is null) return Problems.NotFound("The report");
        if (!access.Body.CanManage) return Problems.Forbidden("Only the body's secretariat writes its reports.");
        if (access.Report.State != ReportState.Draft) return Problems.Conflict("report_not_draft", "A sent report is kept.");
        db.Reports.Remove(access.Report);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>Sends once: the state change and the e-mails are one unit of work, and the version check makes a second
    /// (or racing) send fail with 409 without a second set of e-mails.</summary>
    static async Task<Results<Ok<ReportDetail>, NotFoundProblem, ForbiddenProblem, ConflictProblem, ValidationProblem>> Send(Guid id,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, Outbox outbox, AppLinks links, TimeProvider clock, CancellationToken ct)
    {
        var access = await ReportAccess.LoadAsync(db, permissions, user, id, ct);
        if (access is null) return Problems.NotFound("The report");
        if (!access.Body.CanManage) return Problems.Forbidden("Only the body's secretariat sends its reports.");
        var report = access.Report;
        if (report.State != ReportState.Draft) return Problems.Conflict("report_already_sent", "The report has been sent already.");
        report.Send(Now(clock), user.Email!);
        await NotifyCommitteesAsync(db, outbox, links, report, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Problems.Conflict("report_already_sent", "The report was sent or changed at the same time.");
        }
        return TypedResults.Ok(await DetailAsync(db, access, ct));
    }

    /// <summary>Every member of each addressed committee (representatives and deputies of its seats: a deputy may have to
    /// meet and must have read the case) and its secretariat, one e-mail per person however many committees they sit in.</summary>
    static async Task NotifyCommitteesAsync(NettverkDbContext db, Outbox outbox, AppLinks links, Report report, CancellationToken ct)
    {
        var committees = report.Committees.Select(c => c.CommitteeId).ToList();
        var representatives =
            from s in db.Seats
            where committees.Contains(s.BodyId)
            join m in db.Memberships on s.MembershipId equals m.Id
            where m.LeftOn == null
            join p in db.People on s.RepresentativeId equals p.Id
            select new { p.Name, p.Email, p.ArchivedAt };
        var deputies =
            from d in db.SeatDeputies
            where committees.Contains(d.BodyId)
            join s in db.Seats on d.SeatId equals s.Id
            join m in db.Memberships on s.MembershipId equals m.Id
            where m.LeftOn == null
            join p in db.People on d.PersonId equals p.Id
            select new { p.Name, p.Email, p.ArchivedAt };
        var secretaries =
            from s in db.BodySecretaries
            where committees.Contains(s.BodyId)
            join p in db.People on s.PersonId equals p.Id
            select new { p.Name, p.Email, p.ArchivedAt };
        var people = await representatives.Concat(deputies).Concat(secretaries).ToListAsync(ct);
        var bodyName = await db.Bodies.Where(b => b.Id == report.BodyId).Select(b => b.Name).SingleAsync(ct);
        var names = await ReportReads.CommitteeNamesAsync(db, committees, ct);
        var to = string.Join(", ", names.Values.Order(StringComparer.Ordinal));
        var link = links.To($"/rapporter/{report.Id}");
        var pdf = links.To($"/api/reports/{report.Id}/document.pdf");
        foreach (var person in people.Where(p => p.ArchivedAt is null && !string.IsNullOrWhiteSpace(p.Email))
                     .DistinctBy(p => p.Email.Trim().ToUpperInvariant()))
            outbox.Enqueue(person.Email, person.Name, ReportSentEmail.Render(person.Name, bodyName, report.Title, ReportReads.Period(report), to, link, pdf));
    }

    static async Task<Results<Ok<CommitteeStatementDto>, NotFoundProblem, ForbiddenProblem, ConflictProblem, ValidationProblem>> RecordStatement(
        Guid id, Guid committeeId, StatementInput request, NettverkDbContext db, BodyPermissions permissions, CurrentUser user, TimeProvider clock,
        CancellationToken ct)
    {
        var access = await ReportAccess.LoadAsync(db, permissions, user, id, ct);
        var line = access?.Report.Committees.FirstOrDefault(c => c.CommitteeId == committeeId);
        if (access is null || line is null) return Problems.NotFound("The report");
        if (!access.RecordsFor.Contains(committeeId)) return Problems.Forbidden("Only the committee's secretariat records its statement.");
        if (access.Report.State != ReportState.Sent) return Problems.Conflict("report_not_sent", "The report has not been sent yet.");
        var now = Now(clock);
        var statement = await db.CommitteeStatements.FirstOrDefaultAsync(s => s.ReportId == id && s.CommitteeId == committeeId, ct);
        if (statement is null)
        {
            statement = new CommitteeStatement(id, committeeId, access.Report.BodyId, now, user.Email!);
            db.CommitteeStatements.Add(statement);
        }
        else statement.Corrected(now, user.Email!);
        statement.Record(request.MeetingDate, request.CaseNumber, request.Text, request.Decision);
        if (request.RequestedAction is { } asked && statement.ActionItemId is null)
        {
            var item = ActionItem.FromStatement(access.Report.BodyId, statement.Id, statement.CaseNumber, now);
            item.Describe(0, asked.What, null, null, asked.DueOn, "requestedAction");
            db.ActionItems.Add(item);
            statement.AskedToAct(item.Id);
        }
        line.StatementReceived();
        await db.SaveChangesAsync(ct);
        var name = await db.Bodies.Where(b => b.Id == committeeId).Select(b => b.Name).SingleAsync(ct);
        return TypedResults.Ok(ToDto(statement, name));
    }

    static Task<Results<FileContentHttpResult, NotFoundProblem>> Pdf(Guid id, NettverkDbContext db, BodyPermissions permissions,
        CurrentUser user, AppLinks links, CancellationToken ct) => DocumentAsync(id, DocumentFileType.Pdf, db, permissions, user, links, ct);

    static Task<Results<FileContentHttpResult, NotFoundProblem>> Docx(Guid id, NettverkDbContext db, BodyPermissions permissions,
        CurrentUser user, AppLinks links, CancellationToken ct) => DocumentAsync(id, DocumentFileType.Docx, db, permissions, user, links, ct);

    static async Task<Results<FileContentHttpResult, NotFoundProblem>> DocumentAsync(Guid id, DocumentFileType format, NettverkDbContext db,
        BodyPermissions permissions, CurrentUser user, AppLinks links, CancellationToken ct)
    {
        var access = await ReportAccess.LoadAsync(db, permissions, user, id, ct);
        if (access is null) return Problems.NotFound("The report");
        var document = await ReportDocuments.BuildAsync(db, links, access.Report, ct);
        var name = $"saksframlegg-{access.Report.PeriodTo:yyyy-MM-dd}";
        return format == DocumentFileType.Pdf
            ? TypedResults.File(CasePdf.Render(document), "application/pdf", name + ".pdf")
            : TypedResults.File(CaseDocx.Render(document), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx");
    }

    static void Apply(Report report, ReportInput r, IReadOnlyList<Guid> committees, DateTime now, string by) =>
        report.Describe(r.Title, r.PeriodFrom, r.PeriodTo, r.Background, r.Assessment, r.ProposedDecision, r.MinutesIds ?? [],
            r.DecisionEntryIds ?? [], r.ActionItemIds ?? [], r.HearingIds ?? [], r.InputRoundIds ?? [], r.IncludeAttendance, committees, now, by);

    internal static CommitteeStatementDto ToDto(CommitteeStatement s, string committeeName) => new(s.CommitteeId, committeeName, s.MeetingDate,
        s.CaseNumber, s.Text, s.Decision, s.RecordedAt, s.RecordedBy, s.CorrectedAt, s.CorrectedBy, s.ActionItemId);

    internal static async Task<ReportDetail> DetailAsync(NettverkDbContext db, ReportAccess access, CancellationToken ct)
    {
        var r = access.Report;
        var bodyName = await db.Bodies.Where(b => b.Id == r.BodyId).Select(b => b.Name).SingleAsync(ct);
        var names = await ReportReads.CommitteeNamesAsync(db, r.Committees.Select(c => c.CommitteeId), ct);
        var statements = await db.CommitteeStatements.AsNoTracking().Where(s => s.ReportId == r.Id).ToListAsync(ct);
        var committees = r.Committees.Select(c => new ReportCommitteeDto(c.CommitteeId, names.GetValueOrDefault(c.CommitteeId, ""), c.Status,
                statements.FirstOrDefault(s => s.CommitteeId == c.CommitteeId) is { } s ? ToDto(s, names.GetValueOrDefault(c.CommitteeId, "")) : null,
                access.CanRecordStatement(c.CommitteeId)))
            .OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        return new ReportDetail(r.Id, r.BodyId, bodyName, r.Title, r.PeriodFrom, r.PeriodTo, r.Background, r.Assessment, r.ProposedDecision,
            r.MinutesIds, r.DecisionEntryIds, r.ActionItemIds, r.HearingIds, r.InputRoundIds, r.IncludeAttendance,
            committees.Select(c => c.CommitteeId).ToList(), r.State, r.SentAt, r.Version, access.CanEdit, access.CanEdit && r.Committees.Count > 0,
            committees);
    }
}
