using Nettverk.Api.Common;
using Nettverk.Api.Features.Meetings;

namespace Nettverk.Api.Features.Minutes;

/// <summary>Draft → on review (the seat holders comment by a deadline) → approved → published. A correction of
/// published minutes opens a new revision as a draft; the published revisions stay as they were.</summary>
public enum MinutesStatus { Draft, OnReview, Approved, Published }

/// <summary>The minutes (møtereferat) of one meeting: attendance, an entry per agenda item with notes and the decision,
/// and the action items. <see cref="Version"/> is the optimistic-concurrency token: every change raises it, and a save
/// based on an older version is refused, so two secretaries never silently overwrite each other.</summary>
public sealed class Minutes : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid MeetingId { get; private set; }
    public Guid BodyId { get; private set; }
    public MinutesStatus Status { get; private set; }
    public int Version { get; private set; } = 1;
    /// <summary>1 for the first edition; each correction of published minutes makes the next.</summary>
    public int Revision { get; private set; } = 1;
    public bool IsPublic { get; private set; }
    public DateOnly? ReviewDeadline { get; private set; }
    public DateTime? SentForReviewAt { get; private set; }
    public DateTime? ApprovedAt { get; private set; }
    public string? ApprovedBy { get; private set; }
    public string? ApprovalNote { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public string? CorrectionReason { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public string? UpdatedBy { get; private set; }
    public List<MinutesEntry> Entries { get; private set; } = [];
    public List<MinutesAttendee> Attendees { get; private set; } = [];
    Guid? IAudited.AuditBodyId => BodyId;

    private Minutes() { }

    public Minutes(Meeting meeting, bool isPublic, DateTime nowUtc, string by)
    {
        if (meeting.Status == MeetingStatus.Cancelled) throw new DomainRuleException("meeting_cancelled", "The meeting is cancelled.");
        if (meeting.StartsAtUtc > nowUtc) throw new DomainRuleException("meeting_not_started", "Minutes are written once the meeting has begun.");
        MeetingId = meeting.Id;
        BodyId = meeting.BodyId;
        IsPublic = isPublic;
        CreatedAt = nowUtc;
        Touch(nowUtc, by);
    }

    public bool IsEditable => Status == MinutesStatus.Draft;

    /// <summary>Adds an entry for each agenda item that has none yet (items added after the draft was started).</summary>
    public void CoverAgenda(IEnumerable<AgendaItem> items)
    {
        foreach (var item in items.OrderBy(i => i.Position))
        {
            var existing = Entries.FirstOrDefault(e => e.AgendaItemId == item.Id);
            if (existing is null) Entries.Add(new MinutesEntry(this, item));
            else existing.FollowAgenda(item);
        }
    }

    public void EnsureEditable()
    {
        if (!IsEditable) throw new DomainRuleException("minutes_not_draft", "Only a draft can be edited; take the minutes back to draft first.");
    }

    public void SetPublic(bool isPublic) => IsPublic = isPublic;

    public void SendForReview(DateOnly deadline, DateOnly today, DateTime nowUtc, string by)
    {
        if (Status != MinutesStatus.Draft) throw new DomainRuleException("minutes_not_draft", "Only a draft can be sent for review.");
        if (deadline < today) throw new FieldValidationException("deadline", ErrorCodes.DeadlineInPast, "The deadline cannot be in the past.");
        if (deadline > today.AddDays(90)) throw new FieldValidationException("deadline", ErrorCodes.DeadlineTooFar, "The deadline is at most 90 days away.",
            new() { ["maxDays"] = 90 });
        Status = MinutesStatus.OnReview;
        ReviewDeadline = deadline;
        SentForReviewAt = nowUtc;
        Touch(nowUtc, by);
    }

    /// <summary>Comments are open while on review, to the end of the deadline day (Oslo time).</summary>
    public bool AcceptsComments(DateOnly todayInOslo) => Status == MinutesStatus.OnReview && ReviewDeadline is { } d && todayInOslo <= d;

    public void Reopen(DateTime nowUtc, string by)
    {
        if (Status != MinutesStatus.OnReview) throw new DomainRuleException("minutes_not_on_review", "Only minutes on review can go back to draft.");
        Status = MinutesStatus.Draft;
        Touch(nowUtc, by);
    }

    /// <summary>Approved by the secretariat, or noted as approved by the next meeting (the note says which).</summary>
    public void Approve(string? note, DateTime nowUtc, string by)
    {
        if (Status is not (MinutesStatus.Draft or MinutesStatus.OnReview))
            throw new DomainRuleException("minutes_not_approvable", "Only a draft or minutes on review can be approved.");
        Status = MinutesStatus.Approved;
        ApprovedAt = nowUtc;
        ApprovedBy = by;
        ApprovalNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Touch(nowUtc, by);
    }

    public void Publish(DateTime nowUtc, string by)
    {
        if (Status != MinutesStatus.Approved) throw new DomainRuleException("minutes_not_approved", "Approve the minutes before publishing them.");
        Status = MinutesStatus.Published;
        PublishedAt = nowUtc;
        Touch(nowUtc, by);
    }

    /// <summary>Opens the next revision as a draft; the published revision stays readable as it was.</summary>
    public void StartCorrection(string reason, DateTime nowUtc, string by)
    {
        if (Status != MinutesStatus.Published) throw new DomainRuleException("minutes_not_published", "Only published minutes are corrected.");
        if (string.IsNullOrWhiteSpace(reason)) throw new FieldValidationException("reason", ErrorCodes.CorrectionReasonRequired, "Say what the correction is for.");
        Status = MinutesStatus.Draft;
        Revision++;
        CorrectionReason = reason.Trim();
        ReviewDeadline = null;
        SentForReviewAt = null;
        ApprovedAt = null;
        ApprovedBy = null;
        ApprovalNote = null;
        Touch(nowUtc, by);
    }

    /// <summary>Every change raises the version, which is what the concurrency check compares.</summary>
    public void Touch(DateTime nowUtc, string by)
    {
        Version++;
        UpdatedAt = nowUtc;
        UpdatedBy = by;
    }
}

/// <summary>What the minutes say about one agenda item: the notes, and the decision (vedtak). The case number and title
/// are copied from the agenda so the minutes read the same after the agenda is gone.</summary>
public sealed class MinutesEntry : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid MinutesId { get; private set; }
    public Guid BodyId { get; private set; }
    public Guid? AgendaItemId { get; private set; }
    public int Position { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public string Title { get; private set; } = "";
    public AgendaItemKind Kind { get; private set; }
    public string? Notes { get; private set; }
    public string? Decision { get; private set; }
    /// <summary>False: the whole item is left out of the public version (unntatt offentlighet).</summary>
    public bool IsPublic { get; private set; } = true;
    Guid? IAudited.AuditBodyId => BodyId;

    private MinutesEntry() { }

    internal MinutesEntry(Minutes minutes, AgendaItem item)
    {
        MinutesId = minutes.Id;
        BodyId = minutes.BodyId;
        AgendaItemId = item.Id;
        FollowAgenda(item);
    }

    internal void FollowAgenda(AgendaItem item)
    {
        Position = item.Position;
        CaseNumber = AgendaItem.Label(item.CaseNumber, item.CaseYear);
        Title = item.Title;
        Kind = item.Kind;
    }

    public void Write(string? notes, string? decision, bool isPublic)
    {
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes;
        Decision = string.IsNullOrWhiteSpace(decision) ? null : decision.Trim();
        IsPublic = isPublic;
    }
}
