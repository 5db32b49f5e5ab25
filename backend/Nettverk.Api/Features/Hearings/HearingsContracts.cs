using System.ComponentModel.DataAnnotations;

namespace Nettverk.Api.Features.Hearings;

/// <summary>Times are UTC instants (the SPA converts the Europe/Oslo wall-clock time the secretariat enters).</summary>
public sealed record HearingRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string Title,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    [property: StringLength(300)] string? Concerns = null,
    [property: StringLength(20000)] string? Description = null,
    bool PublishResponses = false,
    [property: MaxLength(30)] IReadOnlyList<string>? Sections = null,
    [property: MaxLength(5)] IReadOnlyList<int>? ReminderDays = null);

public sealed record HearingSectionDto(Guid Id, int Position, string Title);

public sealed record HearingDocumentDto(Guid Id, Guid DocumentKey, int Version, string FileName, string ContentType, long Size,
    DateTime UploadedAt, bool IsLatest);

public sealed record HearingDto(Guid Id, Guid BodyId, string BodyName, string Title, string? Concerns, string? Description, string Slug,
    DateTime OpensAt, DateTime ClosesAt, bool PublishResponses, IReadOnlyList<int> ReminderDays, HearingState State,
    IReadOnlyList<HearingSectionDto> Sections, IReadOnlyList<HearingDocumentDto> Documents, string? Summary, bool CanManage,
    IReadOnlyDictionary<string, int> PartyCounts, string? DescriptionHtml, string? SummaryHtml);

public sealed record HearingSummaryDto(Guid Id, Guid BodyId, string BodyName, string Title, HearingState State, DateTime OpensAt,
    DateTime ClosesAt, string Slug);

/// <summary>A party and where it stands; <c>RemindersSent</c> and <c>LastReminderAt</c> are filled for the secretariat's board.</summary>
public sealed record HearingPartyDto(Guid Id, HearingPartyKind Kind, string Name, Guid? OrganisationId, Guid? BodyId, string? Email,
    HearingPartyStatus Status, DateTime Deadline, DateTime? ExtendedTo, DateTime? InvitedAt, DateTime? OpenedAt, DateTime? RespondedAt,
    bool Exempt, int RemindersSent, DateTime? LastReminderAt);

/// <summary>How many reminders a party has been sent, and when the last went.</summary>
public readonly record struct ReminderTally(int Count, DateTime? Last);

public sealed record PersonPartyInput(
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    [property: Required, EmailAddress, StringLength(254)] string Email);

/// <summary>Any mix: organisations, other bodies, all member organisations of a body, named persons.</summary>
public sealed record AddHearingPartiesRequest(
    [property: MaxLength(500)] IReadOnlyList<Guid>? OrganisationIds = null,
    [property: MaxLength(100)] IReadOnlyList<Guid>? BodyIds = null,
    Guid? MemberOrganisationsOfBodyId = null,
    [property: MaxLength(200)] IReadOnlyList<PersonPartyInput>? Persons = null);

public sealed record ExtendHearingPartyRequest(DateTimeOffset Deadline);

public sealed record SectionAnswer(Guid SectionId, [property: StringLength(50000)] string? Text);

public sealed record SubmitHearingResponse(
    bool NoComments = false,
    [property: StringLength(100000)] string? Text = null,
    [property: MaxLength(30)] IReadOnlyList<SectionAnswer>? Sections = null,
    ExemptionBasis? ExemptBasis = null);

public sealed record HearingSummaryRequest([property: Required, StringLength(100000, MinimumLength = 1)] string Summary);

public sealed record HearingAttachmentDto(Guid Id, string FileName, string ContentType, long Size);

public sealed record HearingResponseDto(Guid PartyId, bool NoComments, string? Text, IReadOnlyList<SectionAnswer> Sections,
    ExemptionBasis? ExemptBasis, IReadOnlyList<HearingAttachmentDto> Attachments, IReadOnlyList<HearingRevision> Revisions,
    DateTime SubmittedAt);

public sealed record PartyViewDto(HearingDto Hearing, HearingPartyDto Party, HearingResponseDto? Response, bool CanRespond);

/// <summary>A column of the reading view: a section, the whole hearing (no sections), or, last in a hearing with sections,
/// the general text a party wrote beside its section answers (<paramref name="General"/>; no id, the SPA words the title).</summary>
public sealed record SideBySideSection(Guid? Id, string Title, bool General = false);

public sealed record SideBySideParty(Guid PartyId, string Name, HearingPartyStatus Status, ExemptionBasis? ExemptBasis, bool NoComments,
    IReadOnlyList<string?> Texts);

public sealed record SideBySideDto(IReadOnlyList<SideBySideSection> Sections, IReadOnlyList<SideBySideParty> Parties);

public sealed record MyHearingDto(Guid HearingId, string Title, string BodyName, Guid PartyId, string PartyName, DateTime Deadline,
    HearingState State, HearingPartyStatus Status);

public sealed record PublicHearingDocument(Guid Id, string FileName, string ContentType, long Size, int Version);

public sealed record PublicSectionText(string Title, string Text);

public sealed record PublicHearingResponse(string PartyName, bool NoComments, string? Text, IReadOnlyList<PublicSectionText> Sections);

/// <summary>The SPA words how to answer in the reader's language from <c>ClosesAt</c> (the deadline).</summary>
public sealed record PublicHearingDto(string Slug, string Title, string? Concerns, string? Description, string BodyName, HearingState State,
    DateTime OpensAt, DateTime ClosesAt, IReadOnlyList<PublicHearingDocument> Documents,
    IReadOnlyList<PublicHearingResponse> Responses, string? DescriptionHtml);
