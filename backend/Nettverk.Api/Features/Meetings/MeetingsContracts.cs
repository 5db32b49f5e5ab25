using System.ComponentModel.DataAnnotations;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.People;

namespace Nettverk.Api.Features.Meetings;

/// <summary>Times are Europe/Oslo wall-clock times without an offset ("2027-02-11T12:00:00").</summary>
public sealed record MeetingInput(
    [property: Required, StringLength(200, MinimumLength = 2)] string Title,
    DateTime StartsAt,
    DateTime EndsAt,
    MeetingFormat Format,
    [property: StringLength(400)] string? Location = null,
    [property: StringLength(1000)] string? VideoUrl = null,
    bool IsOpen = false);

public sealed record CancelMeetingRequest([property: StringLength(2000)] string? Reason = null);

public sealed record MeetingSummary(Guid Id, Guid BodyId, string BodyName, string Title, DateTime StartsAt, DateTime EndsAt,
    MeetingFormat Format, string? Location, bool IsOpen, MeetingState Status, Rsvp? MyAnswer);

public sealed record AgendaItemDto(Guid Id, int Position, string CaseNumber, string Title, AgendaItemKind Kind, string? Description,
    string? DescriptionHtml,
    PersonRef? Presenter, string? PresenterText, int DurationMinutes, DateTime StartsAt, DateTime EndsAt, IReadOnlyList<PaperDto> Papers,
    StandardAgendaItem? Standard);

public sealed record PaperDto(Guid Id, string FileName, string ContentType, long Size, DateTime UploadedAt);

public sealed record InvitationDto(Guid Id, PersonRef Person, string? OrganisationName, Guid? SeatId, InvitationRole Role,
    int? DeputyOrder, Rsvp Answer, DateTime? AnsweredAt, string? AnsweredBy, string? Comment, bool Active);

/// <summary><see cref="AgendaChanged"/>: the agenda changed since the invitations went out (for the secretariat, who sends
/// the update). <see cref="ToInvite"/>: how many people calling the meeting will invite (for the secretariat, while it is
/// planned), so the confirmation can say it.</summary>
public sealed record MeetingDetails(Guid Id, NamedRef Body, string Title, DateTime StartsAt, DateTime EndsAt, MeetingFormat Format,
    string? Location, string? VideoUrl, bool IsOpen, MeetingState Status, int Sequence, DateTime? CalledAt, string? CancellationReason,
    IReadOnlyList<AgendaItemDto> Agenda, int AgendaOverrunMinutes, InvitationDto? MyInvitation,
    IReadOnlyList<InvitationDto>? Invitations, bool CanManage, Minutes.MinutesStatus? MinutesStatus, bool AgendaChanged,
    int? ToInvite);

public sealed record AgendaItemInput(
    [property: Required, StringLength(300, MinimumLength = 2)] string Title,
    AgendaItemKind Kind,
    [property: StringLength(20000)] string? Description = null,
    Guid? PresenterPersonId = null,
    [property: StringLength(300)] string? PresenterText = null,
    [property: Range(0, 600)] int DurationMinutes = 15);

public sealed record ReorderAgendaRequest([property: Required] IReadOnlyList<Guid> ItemIds);

public sealed record AnswerRequest(Rsvp Answer, [property: StringLength(2000)] string? Comment = null);

public sealed record CallDeputyRequest(Guid SeatId, Guid? PersonId = null);

public sealed record PlannedMeetingDto(DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, MeetingFormat Format,
    [property: StringLength(400)] string? Location = null, [property: StringLength(1000)] string? VideoUrl = null, bool IsOpen = false);

public sealed record MeetingPlanDto(Guid Id, Guid BodyId, int Year, MeetingPlanStatus Status, DateTime? AdoptedAt,
    IReadOnlyList<PlannedMeetingDto> Proposals);

public sealed record CreatePlanRequest([property: Range(2000, 2100)] int Year);

public sealed record ReplaceProposalsRequest([property: Required, MaxLength(52)] IReadOnlyList<PlannedMeetingDto> Proposals);

/// <summary>The answer link's page. <see cref="HasEnded"/> and a cancelled <see cref="Status"/> mean no answer can be
/// given any more; <see cref="Withdrawn"/>: a deputy's invitation taken back because the representative comes.</summary>
public sealed record RsvpLanding(string BodyName, string MeetingTitle, DateTime StartsAt, DateTime EndsAt, MeetingFormat Format,
    string? Location, string? VideoUrl, MeetingState Status, string PersonName, Rsvp Answer, string? Comment, bool HasEnded,
    bool Withdrawn);

public sealed record RsvpRequest([property: Required] string Token, Rsvp Answer, [property: StringLength(2000)] string? Comment = null);
