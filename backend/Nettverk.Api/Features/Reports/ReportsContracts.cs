namespace Nettverk.Api.Features.Reports;

/// <summary>What the secretariat writes and picks. Ids of other bodies or outside the period are refused naming the field
/// (<c>minutesIds[2]</c>); committees default to the body's reporting lines when none are given on creation.</summary>
public sealed record ReportInput(
    string Title,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    string? Background = null,
    string? Assessment = null,
    string? ProposedDecision = null,
    IReadOnlyList<Guid>? MinutesIds = null,
    IReadOnlyList<Guid>? DecisionEntryIds = null,
    IReadOnlyList<Guid>? ActionItemIds = null,
    IReadOnlyList<Guid>? HearingIds = null,
    IReadOnlyList<Guid>? InputRoundIds = null,
    bool IncludeAttendance = false,
    IReadOnlyList<Guid>? CommitteeIds = null,
    int? Version = null);

public sealed record ReportCommitteeRef(Guid CommitteeId, string Name, CommitteeReportStatus Status);

public sealed record ReportSummary(Guid Id, Guid BodyId, string Title, DateOnly PeriodFrom, DateOnly PeriodTo, ReportState State,
    DateTime? SentAt, IReadOnlyList<ReportCommitteeRef> Committees);

public sealed record CommitteeStatementDto(Guid CommitteeId, string CommitteeName, DateOnly MeetingDate, string CaseNumber, string Text,
    string? Decision, DateTime RecordedAt, string RecordedBy, DateTime? CorrectedAt, string? CorrectedBy, Guid? ActionItemId);

public sealed record ReportCommitteeDto(Guid CommitteeId, string Name, CommitteeReportStatus Status, CommitteeStatementDto? Statement,
    bool CanRecordStatement);

public sealed record ReportDetail(Guid Id, Guid BodyId, string BodyName, string Title, DateOnly PeriodFrom, DateOnly PeriodTo,
    string? Background, string? Assessment, string? ProposedDecision, IReadOnlyList<Guid> MinutesIds, IReadOnlyList<Guid> DecisionEntryIds,
    IReadOnlyList<Guid> ActionItemIds, IReadOnlyList<Guid> HearingIds, IReadOnlyList<Guid> InputRoundIds, bool IncludeAttendance,
    IReadOnlyList<Guid> CommitteeIds, ReportState State, DateTime? SentAt, int Version, bool CanEdit, bool CanSend,
    IReadOnlyList<ReportCommitteeDto> Committees);

public sealed record CandidateMinutes(Guid MeetingId, string Title, DateTime StartsAt, DateTime? PublishedAt);
public sealed record CandidateDecision(Guid EntryId, Guid MeetingId, string CaseNumber, string Title, string Decision);
public sealed record CandidateActionItem(Guid Id, string CaseNumber, string What, Minutes.ActionItemStatus Status, DateOnly? DueOn);
public sealed record CandidateHearing(Guid Id, string Title, Hearings.HearingState State, bool HasSummary);
public sealed record CandidateInputRound(Guid Id, string Title, bool HasSummary);
public sealed record CandidateCommittee(Guid Id, string Name, bool IsDefault);

/// <summary>What the body has in the period, for the secretariat's checkboxes.</summary>
public sealed record ReportCandidates(IReadOnlyList<CandidateMinutes> Minutes, IReadOnlyList<CandidateDecision> Decisions,
    IReadOnlyList<CandidateActionItem> ActionItems, IReadOnlyList<CandidateHearing> Hearings, IReadOnlyList<CandidateInputRound> InputRounds,
    IReadOnlyList<CandidateCommittee> Committees);

public sealed record RequestedAction(string What, DateOnly? DueOn = null);

/// <summary>A committee's statement: its meeting, its case number there, the text, any decision, and optionally what it
/// asks the body to do (an action item of the body; given once, later corrections leave the item alone).</summary>
public sealed record StatementInput(DateOnly MeetingDate, string CaseNumber, string Text, string? Decision = null,
    RequestedAction? RequestedAction = null);

public sealed record CommitteeReportRow(Guid ReportId, Guid BodyId, string BodyName, string Title, DateOnly PeriodFrom, DateOnly PeriodTo,
    DateTime SentAt, Guid CommitteeId, string CommitteeName, CommitteeReportStatus Status, DateOnly? StatementMeetingDate,
    bool CanRecordStatement);

public enum TimelineKind { MeetingHeld, MeetingPlanned, MinutesPublished, HearingOpened, HearingClosed, ReportSent, StatementReceived }

public sealed record TimelineEntry(TimelineKind Kind, DateTime At, string Title, Guid? MeetingId, Guid? HearingId, Guid? ReportId,
    string? CommitteeName);

public sealed record PublicCommitteeStatement(Guid ReportId, string ReportTitle, DateOnly PeriodFrom, DateOnly PeriodTo, Guid CommitteeId,
    string CommitteeName, DateOnly MeetingDate, string CaseNumber, string Text, string? TextHtml, string? Decision, string? DecisionHtml);
