using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Hearings;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Minutes;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Reports;

/// <summary>What a body has in a period that a report may include, and the check of a report's input against it: an id of
/// another body, unpublished, or outside the period is refused naming the field and its index.</summary>
public sealed class ReportContent(NettverkDbContext db, TimeProvider clock)
{
    /// <summary>[from 00:00, to + 1 day 00:00) in Oslo time, and the same in UTC.</summary>
    static (DateTime FromLocal, DateTime ToLocal, DateTime FromUtc, DateTime ToUtc) Bounds(DateOnly from, DateOnly to)
    {
        var fromLocal = from.ToDateTime(TimeOnly.MinValue);
        var toLocal = to.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return (fromLocal, toLocal, Calendar.OsloTime.ToUtc(fromLocal), Calendar.OsloTime.ToUtc(toLocal));
    }

    public async Task<ReportCandidates> CandidatesAsync(Guid bodyId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (fromLocal, toLocal, fromUtc, toUtc) = Bounds(from, to);
        var minutes = await (
            from mi in db.Minutes.AsNoTracking()
            where mi.BodyId == bodyId && mi.PublishedAt != null
            join mt in db.Meetings on mi.MeetingId equals mt.Id
            where mt.StartsAtLocal >= fromLocal && mt.StartsAtLocal < toLocal
            orderby mt.StartsAtLocal, mt.Id
            select new CandidateMinutes(mt.Id, mt.Title, mt.StartsAtLocal, mi.PublishedAt)).ToListAsync(ct);
        var decisions = await (
            from e in db.Set<MinutesEntry>().AsNoTracking()
            where e.BodyId == bodyId && e.Decision != null && e.IsPublic
            join mi in db.Minutes on e.MinutesId equals mi.Id
            where mi.PublishedAt != null
            join mt in db.Meetings on mi.MeetingId equals mt.Id
            where mt.StartsAtLocal >= fromLocal && mt.StartsAtLocal < toLocal
            orderby mt.StartsAtLocal, e.Position
            select new CandidateDecision(e.Id, mt.Id, e.CaseNumber, e.Title, e.Decision!)).ToListAsync(ct);
        var actionItems = await (
            from a in db.ActionItems.AsNoTracking()
            where a.BodyId == bodyId && a.IsLive
            from mt in db.Meetings.Where(m => m.Id == a.MeetingId).DefaultIfEmpty()
            where (mt != null && mt.StartsAtLocal >= fromLocal && mt.StartsAtLocal < toLocal)
                || (a.MeetingId == null && a.CreatedAt >= fromUtc && a.CreatedAt < toUtc)
            orderby a.CaseNumber, a.Position, a.Id
            select new CandidateActionItem(a.Id, a.CaseNumber, a.What, a.Status, a.DueOn)).ToListAsync(ct);
        var hearings = await db.Hearings.AsNoTracking()
            .Where(h => h.BodyId == bodyId && h.Status != HearingState.Draft && h.OpensAt < toUtc && h.ClosesAt >= fromUtc)
            .OrderBy(h => h.ClosesAt).ThenBy(h => h.Id)
            .Select(h => new { h.Id, h.Title, h.Status, h.ClosesAt, HasSummary = h.Summary != null }).ToListAsync(ct);
        var rounds = await db.InputRounds.AsNoTracking()
            .Where(r => r.BodyId == bodyId && r.Summary != null && r.SummaryPublishedAt != null && r.OpensAtUtc < toUtc && r.ClosesAtUtc >= fromUtc)
            .OrderBy(r => r.ClosesAtUtc).ThenBy(r => r.Id)
            .Select(r => new CandidateInputRound(r.Id, r.Title, true)).ToListAsync(ct);
        var defaults = await db.BodyReportingLines.Where(l => l.BodyId == bodyId).Select(l => l.CommitteeId).ToListAsync(ct);
        var committees = (await db.Bodies.AsNoTracking().Where(b => b.Kind == BodyKind.PoliticalCommittee && b.ArchivedAt == null && b.Id != bodyId)
                .Select(b => new { b.Id, b.Name }).ToListAsync(ct))
            .Select(b => new CandidateCommittee(b.Id, b.Name, defaults.Contains(b.Id)))
            .OrderByDescending(c => c.IsDefault).ThenBy(c => c.Name, StringComparer.Create(new System.Globalization.CultureInfo("nb-NO"), false)).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        return new ReportCandidates(minutes, decisions, actionItems,
            hearings.Select(h => new CandidateHearing(h.Id, h.Title, h.Status == HearingState.Open && h.ClosesAt <= now ? HearingState.Closed : h.Status, h.HasSummary)).ToList(),
            rounds, committees);
    }

    /// <summary>The failures of an input, each naming its field; empty when it may be saved. Committees: null on creation
    /// means the body's reporting lines.</summary>
    public async Task<(List<FieldFailure> Failures, List<Guid> Committees)> CheckAsync(Guid bodyId, ReportInput input, CancellationToken ct)
    {
        var failures = new List<FieldFailure>();
        if (string.IsNullOrWhiteSpace(input.Title)) failures.Add(new("title", ErrorCodes.Required, "Give the report a title."));
        else if (input.Title.Trim().Length > Report.TitleMax)
            failures.Add(new("title", ErrorCodes.TooLong, $"At most {Report.TitleMax} characters.", new Dictionary<string, object> { ["max"] = Report.TitleMax }));
        foreach (var (field, text) in new[] { ("background", input.Background), ("assessment", input.Assessment), ("proposedDecision", input.ProposedDecision) })
            if (text?.Trim().Length > Report.TextMax)
                failures.Add(new(field, ErrorCodes.TooLong, $"At most {Report.TextMax} characters.", new Dictionary<string, object> { ["max"] = Report.TextMax }));
        var committees = input.CommitteeIds?.Distinct().ToList()
            ?? await db.BodyReportingLines.Where(l => l.BodyId == bodyId).Select(l => l.CommitteeId).ToListAsync(ct);
        if (input.CommitteeIds is { } asked)
        {
            var known = await db.Bodies.Where(b => asked.Contains(b.Id) && b.Kind == BodyKind.PoliticalCommittee && b.Id != bodyId)
                .Select(b => b.Id).ToListAsync(ct);
            for (var i = 0; i < asked.Count; i++)
                if (!known.Contains(asked[i]))
                    failures.Add(new($"committeeIds[{i}]", ErrorCodes.ReportsToNotCommittee, "Not a political committee."));
        }
        if (input.PeriodTo < input.PeriodFrom)
        {
            failures.Add(new("periodTo", ErrorCodes.ReportPeriodEndsBeforeStart, "The period ends before it starts."));
            return (failures, committees);
        }
        var candidates = await CandidatesAsync(bodyId, input.PeriodFrom, input.PeriodTo, ct);
        void Check(string field, IReadOnlyList<Guid>? ids, IEnumerable<Guid> allowed)
        {
            if (ids is null) return;
            var set = allowed.ToHashSet();
            for (var i = 0; i < ids.Count; i++)
                if (!set.Contains(ids[i]))
                    failures.Add(new($"{field}[{i}]", ErrorCodes.ReportContentNotAvailable,
                        "Not the body's, not published, or outside the report's period."));
        }
        Check("minutesIds", input.MinutesIds, candidates.Minutes.Select(m => m.MeetingId));
        Check("decisionEntryIds", input.DecisionEntryIds, candidates.Decisions.Select(d => d.EntryId));
        Check("actionItemIds", input.ActionItemIds, candidates.ActionItems.Select(a => a.Id));
        Check("hearingIds", input.HearingIds, candidates.Hearings.Where(h => h.HasSummary).Select(h => h.Id));
        Check("inputRoundIds", input.InputRoundIds, candidates.InputRounds.Select(r => r.Id));
        return (failures, committees);
    }
}
