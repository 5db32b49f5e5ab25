using Nettverk.Api.Common;

namespace Nettverk.Api.Features.Reports;

public enum ReportState { Draft, Sent }

/// <summary>Per addressed committee: the report is with the committee, or its statement has come back.</summary>
public enum CommitteeReportStatus { Sent, StatementReceived }

/// <summary>A report (sak til politisk behandling) from a body to one or more political committees: a narrative laid out as
/// a saksframlegg (bakgrunn, vurdering, forslag til vedtak) and the content of the period the secretariat picked. Drafted,
/// then sent once; each committee answers with a <see cref="CommitteeStatement"/>. <see cref="Version"/> is the
/// optimistic-concurrency token, as for minutes: a save based on an older version is refused.</summary>
public sealed class Report : IAudited
{
    public const int TitleMax = 300, TextMax = 20000;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid BodyId { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly PeriodFrom { get; private set; }
    public DateOnly PeriodTo { get; private set; }
    public string? Background { get; private set; }
    public string? Assessment { get; private set; }
    public string? ProposedDecision { get; private set; }
    /// <summary>Meetings whose published minutes are included.</summary>
    public List<Guid> MinutesIds { get; private set; } = [];
    /// <summary>Minutes entries whose decisions are included.</summary>
    public List<Guid> DecisionEntryIds { get; private set; } = [];
    public List<Guid> ActionItemIds { get; private set; } = [];
    public List<Guid> HearingIds { get; private set; } = [];
    public List<Guid> InputRoundIds { get; private set; } = [];
    public bool IncludeAttendance { get; private set; }
    public ReportState State { get; private set; }
    public DateTime? SentAt { get; private set; }
    public string? SentBy { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public string? UpdatedBy { get; private set; }
    public int Version { get; private set; } = 1;
    public List<ReportCommittee> Committees { get; private set; } = [];
    Guid? IAudited.AuditBodyId => BodyId;

    private Report() { }

    public Report(Guid bodyId, DateTime nowUtc, string by)
    {
        BodyId = bodyId;
        CreatedAt = nowUtc;
        State = ReportState.Draft;
        Touch(nowUtc, by);
    }

    public void EnsureDraft()
    {
        if (State != ReportState.Draft) throw new DomainRuleException("report_not_draft", "The report has been sent and can no longer be changed.");
    }

    /// <summary>The text and the picks; the picks are checked against the body and period by the caller
    /// (<see cref="ReportContent"/>), which needs the database.</summary>
    public void Describe(string title, DateOnly from, DateOnly to, string? background, string? assessment, string? proposedDecision,
        IEnumerable<Guid> minutes, IEnumerable<Guid> decisions, IEnumerable<Guid> actionItems, IEnumerable<Guid> hearings,
        IEnumerable<Guid> inputRounds, bool includeAttendance, IReadOnlyList<Guid> committeeIds, DateTime nowUtc, string by)
    {
        EnsureDraft();
        Title = title.Trim();
        PeriodFrom = from;
        PeriodTo = to;
        Background = Clean(background);
        Assessment = Clean(assessment);
        ProposedDecision = Clean(proposedDecision);
        MinutesIds = minutes.Distinct().ToList();
        DecisionEntryIds = decisions.Distinct().ToList();
        ActionItemIds = actionItems.Distinct().ToList();
        HearingIds = hearings.Distinct().ToList();
        InputRoundIds = inputRounds.Distinct().ToList();
        IncludeAttendance = includeAttendance;
        Committees.RemoveAll(c => !committeeIds.Contains(c.CommitteeId));
        foreach (var id in committeeIds.Where(id => Committees.All(c => c.CommitteeId != id)))
            Committees.Add(new ReportCommittee(Id, BodyId, id));
        Touch(nowUtc, by);
    }

    public void Send(DateTime nowUtc, string by)
    {
        if (State != ReportState.Draft) throw new DomainRuleException("report_already_sent", "The report has been sent already.");
        if (Committees.Count == 0) throw new FieldValidationException("committeeIds", ErrorCodes.Required, "Choose at least one committee.");
        State = ReportState.Sent;
        SentAt = nowUtc;
        SentBy = by;
        Touch(nowUtc, by);
    }

    void Touch(DateTime nowUtc, string by)
    {
        UpdatedAt = nowUtc;
        UpdatedBy = by;
        Version++;
    }

    static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>One addressed committee of a report.</summary>
public sealed class ReportCommittee : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ReportId { get; private set; }
    /// <summary>The reporting body (for the audit log).</summary>
    public Guid BodyId { get; private set; }
    public Guid CommitteeId { get; private set; }
    public CommitteeReportStatus Status { get; private set; }
    Guid? IAudited.AuditBodyId => BodyId;

    private ReportCommittee() { }

    public ReportCommittee(Guid reportId, Guid bodyId, Guid committeeId)
    {
        ReportId = reportId;
        BodyId = bodyId;
        CommitteeId = committeeId;
        Status = CommitteeReportStatus.Sent;
    }

    public void StatementReceived() => Status = CommitteeReportStatus.StatementReceived;
}

/// <summary>A committee's answer to a report (uttalelse): the committee's meeting, its case number there ("12/21"), the
/// statement and any decision. Recorded by the committee's secretariat; correctable, keeping who recorded and who
/// corrected it last. A request to the body to act becomes an action item of the body.</summary>
public sealed class CommitteeStatement : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ReportId { get; private set; }
    public Guid CommitteeId { get; private set; }
    /// <summary>The reporting body.</summary>
    public Guid BodyId { get; private set; }
    public DateOnly MeetingDate { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public string Text { get; private set; } = "";
    public string? Decision { get; private set; }
    public Guid? ActionItemId { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime? CorrectedAt { get; private set; }
    public string? CorrectedBy { get; private set; }
    Guid? IAudited.AuditBodyId => BodyId;

    private CommitteeStatement() { }

    public CommitteeStatement(Guid reportId, Guid committeeId, Guid bodyId, DateTime nowUtc, string by)
    {
        ReportId = reportId;
        CommitteeId = committeeId;
        BodyId = bodyId;
        RecordedAt = nowUtc;
        RecordedBy = by;
    }

    public void Record(DateOnly meetingDate, string caseNumber, string text, string? decision)
    {
        if (string.IsNullOrWhiteSpace(caseNumber)) throw new FieldValidationException("caseNumber", ErrorCodes.Required, "Give the committee's case number.");
        if (caseNumber.Trim().Length > 20) throw new FieldValidationException("caseNumber", ErrorCodes.TooLong, "At most 20 characters.", new() { ["max"] = 20 });
        if (string.IsNullOrWhiteSpace(text)) throw new FieldValidationException("text", ErrorCodes.Required, "Write the statement.");
        if (text.Trim().Length > Report.TextMax) throw new FieldValidationException("text", ErrorCodes.TooLong, "Too long.", new() { ["max"] = Report.TextMax });
        if (decision?.Trim().Length > Report.TextMax) throw new FieldValidationException("decision", ErrorCodes.TooLong, "Too long.", new() { ["max"] = Report.TextMax });
        MeetingDate = meetingDate;
        CaseNumber = caseNumber.Trim();
        Text = text.Trim();
        Decision = string.IsNullOrWhiteSpace(decision) ? null : decision.Trim();
    }

    public void Corrected(DateTime nowUtc, string by)
    {
        CorrectedAt = nowUtc;
        CorrectedBy = by;
    }

    public void AskedToAct(Guid actionItemId) => ActionItemId = actionItemId;
}
