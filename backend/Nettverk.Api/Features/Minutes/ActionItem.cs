using Nettverk.Api.Common;

namespace Nettverk.Api.Features.Minutes;

public enum ActionItemStatus { Open, Done, Dropped }

/// <summary>An oppfølgingspunkt from the minutes: what, who is responsible (an organisation, a person or both), by when.
/// It is written with the minutes but lives on after them: its status changes until it is done or dropped. It becomes
/// <see cref="IsLive"/> when its minutes are first circulated or approved; from then on it is listed to the members and
/// its reminders go out.</summary>
public sealed class ActionItem : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid BodyId { get; private set; }
    /// <summary>The meeting, minutes and entry the item was written in; null for an item a committee's statement asked
    /// for (<see cref="CommitteeStatementId"/>).</summary>
    public Guid? MeetingId { get; private set; }
    public Guid? MinutesId { get; private set; }
    public Guid? EntryId { get; private set; }
    /// <summary>The committee statement (Features/Reports) that asked the body to act, for an item not from minutes.</summary>
    public Guid? CommitteeStatementId { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public int Position { get; private set; }
    public string What { get; private set; } = "";
    public Guid? ResponsibleOrganisationId { get; private set; }
    public Guid? ResponsiblePersonId { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public ActionItemStatus Status { get; private set; }
    public string? StatusNote { get; private set; }
    public DateTime? StatusChangedAt { get; private set; }
    public string? StatusChangedBy { get; private set; }
    public bool IsLive { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public int Version { get; private set; } = 1;
    Guid? IAudited.AuditBodyId => BodyId;

    private ActionItem() { }

    public ActionItem(Minutes minutes, MinutesEntry entry, DateTime nowUtc)
    {
        BodyId = minutes.BodyId;
        MeetingId = minutes.MeetingId;
        MinutesId = minutes.Id;
        EntryId = entry.Id;
        CaseNumber = entry.CaseNumber;
        CreatedAt = nowUtc;
        Status = ActionItemStatus.Open;
    }

    /// <summary>An item a political committee's statement asks the body to act on: live at once (the statement is
    /// recorded, not drafted), its case number the committee's.</summary>
    public static ActionItem FromStatement(Guid bodyId, Guid statementId, string committeeCaseNumber, DateTime nowUtc) => new()
    {
        BodyId = bodyId,
        CommitteeStatementId = statementId,
        CaseNumber = committeeCaseNumber,
        CreatedAt = nowUtc,
        Status = ActionItemStatus.Open,
        IsLive = true,
    };

    public void Describe(int position, string what, Guid? organisationId, Guid? personId, DateOnly? dueOn, string field)
    {
        if (string.IsNullOrWhiteSpace(what)) throw new FieldValidationException($"{field}.what", ErrorCodes.ActionItemWhatRequired, "Say what is to be done.");
        if (what.Trim().Length > 1000) throw new FieldValidationException($"{field}.what", ErrorCodes.TooLong, "At most 1000 characters.", new() { ["max"] = 1000 });
        Position = position;
        What = what.Trim();
        ResponsibleOrganisationId = organisationId;
        ResponsiblePersonId = personId;
        DueOn = dueOn;
    }

    public void SetStatus(ActionItemStatus status, string? note, DateTime nowUtc, string by)
    {
        if (!IsLive) throw new DomainRuleException("action_item_not_live", "The minutes with this action item have not been circulated yet.");
        Status = status;
        StatusNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        StatusChangedAt = nowUtc;
        StatusChangedBy = by;
        Version++;
    }

    public void MakeLive() => IsLive = true;

    public bool IsOverdue(DateOnly today) => Status == ActionItemStatus.Open && DueOn is { } due && due < today;
}

/// <summary>A reminder sent about one action item: the unique (item, kind, due date) makes sending idempotent, as for
/// meeting reminders. A changed due date is a new key, so the reminder follows it.</summary>
public sealed class ActionItemReminder
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ActionItemId { get; private set; }
    public string Kind { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    public DateTime SentAtUtc { get; private set; }

    private ActionItemReminder() { }

    public ActionItemReminder(Guid actionItemId, string kind, DateOnly dueOn, DateTime sentAtUtc)
    {
        ActionItemId = actionItemId;
        Kind = kind;
        DueOn = dueOn;
        SentAtUtc = sentAtUtc;
    }
}
