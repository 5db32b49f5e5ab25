using System.ComponentModel.DataAnnotations;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Meetings;

namespace Nettverk.Api.Features.Minutes;

public sealed record DeputyOption(Guid PersonId, string Name, int Order);

public sealed record MinutesAttendeeDto(Guid Id, AttendeeKind Kind, Guid? SeatId, Guid? PersonId, string Name, string? OrganisationName,
    AttendanceStatus Status, Guid? DeputyPersonId, string? DeputyName, string? Note, IReadOnlyList<DeputyOption> Deputies);

/// <summary>An action item. <c>MeetingId</c>, <c>MeetingStartsAt</c> and <c>EntryId</c> are null for an item a political
/// committee's statement asked for (<c>CommitteeStatementId</c> set; its case number is the committee's).</summary>
public sealed record ActionItemDto(Guid Id, NamedRef Body, Guid? MeetingId, DateTime? MeetingStartsAt, Guid? EntryId, string CaseNumber,
    string What, NamedRef? ResponsibleOrganisation, NamedRef? ResponsiblePerson, DateOnly? DueOn, ActionItemStatus Status,
    string? StatusNote, DateTime? StatusChangedAt, bool IsLive, bool Overdue, int Version, Guid? CommitteeStatementId = null);

public sealed record MinutesEntryDto(Guid Id, Guid? AgendaItemId, int Position, string CaseNumber, string Title, AgendaItemKind Kind,
    string? Notes, string? NotesHtml, string? Decision, string? DecisionHtml, bool IsPublic, IReadOnlyList<ActionItemDto> ActionItems);

public sealed record MinutesCommentDto(Guid Id, Guid? EntryId, string AuthorName, string Text, DateTime CreatedAt, int Revision);

public sealed record PublishedRevisionDto(int Revision, DateTime PublishedAt, string? CorrectionReason, bool IsPublic);

/// <summary>The minutes as a reader sees them. A published revision is stored as its own record
/// (<see cref="PublishedMinutesRecord"/>) and read back into this. Who approved and who changed them last are people's
/// names (the address only where no person has it). <see cref="NoticeRecipients"/>: how many people sending for review
/// and publishing e-mail, for the secretariat to be told before it does either; null for everyone else and once frozen.</summary>
public sealed record MinutesDto(Guid Id, Guid MeetingId, NamedRef Body, string? OwnerName, string MeetingTitle, DateTime StartsAt,
    DateTime EndsAt, MeetingFormat Format, string? Location, MinutesStatus Status, int Version, int Revision, bool IsPublic,
    DateOnly? ReviewDeadline, DateTime? SentForReviewAt, DateTime? ApprovedAt, string? ApprovedByName, string? ApprovalNote,
    DateTime? PublishedAt, string? CorrectionReason, DateTime UpdatedAt, string? UpdatedByName, IReadOnlyList<MinutesAttendeeDto> Attendees,
    IReadOnlyList<MinutesEntryDto> Entries, IReadOnlyList<MinutesCommentDto>? Comments, IReadOnlyList<PublishedRevisionDto> PublishedRevisions,
    bool CanEdit, bool CanComment, int? NoticeRecipients);

public sealed record ActionItemInput(
    Guid? Id,
    [property: Required, StringLength(1000, MinimumLength = 2)] string What,
    Guid? ResponsibleOrganisationId = null,
    Guid? ResponsiblePersonId = null,
    DateOnly? DueOn = null);

public sealed record MinutesEntryInput(
    Guid Id,
    [property: StringLength(50000)] string? Notes = null,
    [property: StringLength(20000)] string? Decision = null,
    bool IsPublic = true,
    [property: MaxLength(100)] IReadOnlyList<ActionItemInput>? ActionItems = null);

public sealed record SeatAttendanceInput(Guid Id, AttendanceStatus Status, Guid? DeputyPersonId = null);

public sealed record GuestInput(
    Guid? Id,
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    [property: StringLength(200)] string? OrganisationName = null,
    [property: StringLength(300)] string? Note = null);

/// <summary>Saves the draft. <see cref="Version"/> is the version the editor started from; entries, seats and action
/// items are named by id, and whatever is left out (null) is left as it is, whether the minutes are public included.</summary>
public sealed record SaveMinutesRequest(
    [property: Range(1, int.MaxValue)] int Version,
    bool? IsPublic = null,
    [property: MaxLength(200)] IReadOnlyList<MinutesEntryInput>? Entries = null,
    [property: MaxLength(500)] IReadOnlyList<SeatAttendanceInput>? Attendance = null,
    [property: MaxLength(200)] IReadOnlyList<GuestInput>? Guests = null);

public sealed record MinutesVersionRequest([property: Range(1, int.MaxValue)] int Version);

public sealed record SendForReviewRequest(
    [property: Range(1, int.MaxValue)] int Version,
    DateOnly Deadline,
    [property: StringLength(2000)] string? Message = null);

public sealed record ApproveMinutesRequest(
    [property: Range(1, int.MaxValue)] int Version,
    [property: StringLength(1000)] string? Note = null,
    Guid? ApprovedAtMeetingId = null);

public sealed record CorrectionRequest(
    [property: Range(1, int.MaxValue)] int Version,
    [property: Required, StringLength(2000, MinimumLength = 3)] string Reason);

public sealed record MinutesCommentRequest(Guid? EntryId, [property: Required, StringLength(4000, MinimumLength = 1)] string Text);

public sealed record ActionItemStatusRequest(
    [property: Range(1, int.MaxValue)] int Version,
    ActionItemStatus Status,
    [property: StringLength(2000)] string? Note = null);

public sealed record PublicAttendee(AttendeeKind Kind, string Name, string? OrganisationName, AttendanceStatus Status, string? DeputyName, string? Note);

public sealed record PublicActionItem(string CaseNumber, string What, string? Responsible, DateOnly? DueOn, ActionItemStatus Status);

/// <summary>An entry as the public sees it: one that is not public keeps its case number and says so, nothing more.</summary>
public sealed record PublicEntry(string CaseNumber, string Title, AgendaItemKind Kind, bool Exempt, string? Notes, string? NotesHtml,
    string? Decision, string? DecisionHtml, IReadOnlyList<PublicActionItem> ActionItems);

public sealed record PublicMinutesDto(Guid MeetingId, NamedRef Body, string? OwnerName, string MeetingTitle, DateTime StartsAt,
    DateTime EndsAt, MeetingFormat Format, string? Location, int Revision, DateTime PublishedAt, string? ApprovalNote,
    string? CorrectionReason, IReadOnlyList<PublicAttendee> Attendees, IReadOnlyList<PublicEntry> Entries);

public sealed record PublicMinutesSummary(Guid MeetingId, string MeetingTitle, DateTime StartsAt, int Revision, DateTime PublishedAt);
