using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Nettverk.Api.Features.Bodies;

namespace Nettverk.Api.Features.InputRounds;

/// <summary>Where a round stands for its readers: a draft, published but not yet open, open, or closed.</summary>
public enum InputRoundPhase { Draft, Scheduled, Open, Closed }

public sealed record QuestionInput(Guid? Id, QuestionKind Kind, [property: Required, MaxLength(2000)] string Text,
    [property: MaxLength(30)] IReadOnlyList<string>? Options);

public sealed record GroupInput(Guid? Id, [property: Required, MaxLength(200)] string Name);

/// <summary>A round as the secretariat writes it. Times are Europe/Oslo wall-clock times. <see cref="Mode"/> is fixed once
/// the round is open. <see cref="ReminderDaysBefore"/>: days before closing to remind parties without an answer (0: none).</summary>
public sealed record InputRoundInput(
    [property: Required, MaxLength(200)] string Title,
    [property: MaxLength(20000)] string? Introduction,
    Guid? MeetingId,
    Guid? AgendaItemId,
    DateTime OpensAt,
    DateTime ClosesAt,
    RespondentMode Mode,
    bool AnswersShared,
    [property: Range(0, 30)] int? ReminderDaysBefore,
    [property: Required, MaxLength(50)] IReadOnlyList<QuestionInput> Questions,
    [property: MaxLength(50)] IReadOnlyList<GroupInput>? Groups,
    [property: MaxLength(500)] IReadOnlyList<Guid>? InviteeIds);

public sealed record InputRoundSummaryDto(Guid Id, NamedRef Body, string Title, RespondentMode Mode, InputRoundPhase Phase,
    DateTime OpensAt, DateTime ClosesAt, int Parties, int Answered, bool HasSummary);

public sealed record QuestionDto(Guid Id, int Position, QuestionKind Kind, string Text, IReadOnlyList<string> Options);

/// <summary>A group with its secret link, for the secretariat to show or print.</summary>
public sealed record InputGroupDto(Guid Id, string Name, string Token, string Link);

public sealed record PartyRef(Guid Id, string Name, RespondentMode Kind);

/// <summary>One question's answer. Exactly one of the value fields is set, by the question's kind.</summary>
public sealed record AnswerDto(Guid QuestionId, string? Text, string? Choice, IReadOnlyList<string>? Choices, int? Scale,
    IReadOnlyList<string>? Ranking);

/// <summary>A party's answer: the last save, by whom and when (<see cref="Revision"/> counts the saves).</summary>
public sealed record InputDto(PartyRef Party, int Revision, DateTime? UpdatedAt, string? UpdatedByName, IReadOnlyList<AnswerDto> Answers);

public sealed record InputRoundDto(Guid Id, NamedRef Body, Guid? MeetingId, string? MeetingTitle, DateTime? MeetingStartsAt,
    Guid? AgendaItemId, string? AgendaItemTitle, string Title, string? Introduction, string? IntroductionHtml, DateTime OpensAt,
    DateTime ClosesAt, RespondentMode Mode, bool AnswersShared, int ReminderDaysBefore, InputRoundStatus Status, InputRoundPhase Phase,
    string? Summary, string? SummaryHtml, DateTime? SummaryPublishedAt, int Version, bool CanManage, bool HasAnswers,
    IReadOnlyList<QuestionDto> Questions, IReadOnlyList<InputGroupDto> Groups, IReadOnlyList<NamedRef> Invitees,
    IReadOnlyList<PartyRef> MyParties, InputDto? Mine, bool ResultsVisible);

/// <summary>A round as a group sees it at its link: no account, only its own answer.</summary>
public sealed record GroupInputRoundDto(Guid RoundId, string BodyName, string Title, string? IntroductionHtml, DateTime OpensAt,
    DateTime ClosesAt, InputRoundPhase Phase, IReadOnlyList<QuestionDto> Questions, InputDto Mine);

public sealed record AnswerInput(Guid QuestionId, JsonElement Value);

/// <summary>An answer to save. <see cref="OrganisationId"/>: which organisation's answer, for one who acts for several;
/// <see cref="Name"/>: who in a group writes (optional, shown as "last saved by").</summary>
public sealed record SaveInputRequest([property: Required, MaxLength(50)] IReadOnlyList<AnswerInput> Answers, Guid? OrganisationId,
    [property: MaxLength(100)] string? Name);

public sealed record PartyStatusDto(PartyRef Party, bool Answered, int Revision, DateTime? UpdatedAt, string? UpdatedByName,
    DateTime? LastReminderAt);

public sealed record PartyAnswerDto(PartyRef Party, string UpdatedByName, DateTime UpdatedAt, AnswerDto Answer);

/// <summary>Per option (or per scale value 1–5): how many chose it; for a ranking, its average rank (1 is first).</summary>
public sealed record OptionCountDto(string Label, int Count, double? AverageRank);

public sealed record QuestionResultDto(Guid Id, int Position, QuestionKind Kind, string Text, IReadOnlyList<string> Options,
    IReadOnlyList<PartyAnswerDto> Answers, IReadOnlyList<OptionCountDto> Counts, double? Average);

public sealed record InputResultsDto(Guid RoundId, string Title, int Parties, int Answered, IReadOnlyList<QuestionResultDto> Questions);

public sealed record PublishSummaryRequest([property: Required, MaxLength(20000)] string Summary);

/// <summary>An open round the caller still has to answer, for «Til behandling»: for <c>PartyName</c> (an organisation), or
/// in their own name (null). <c>ClosesAt</c> is Europe/Oslo wall-clock time, as in the other round DTOs.</summary>
public sealed record MyInputRoundDto(Guid Id, string Title, string BodyName, string? PartyName, DateTime ClosesAt);
