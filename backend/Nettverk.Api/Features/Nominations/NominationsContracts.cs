using System.ComponentModel.DataAnnotations;
using Nettverk.Api.Features.Bodies;

namespace Nettverk.Api.Features.Nominations;

/// <summary>An existing person (<see cref="PersonId"/>) or a new one (name and e-mail).</summary>
public sealed record CandidateInput(
    Guid? PersonId = null,
    [property: StringLength(200)] string? Name = null,
    [property: EmailAddress, StringLength(254)] string? Email = null,
    [property: StringLength(40)] string? Phone = null,
    [property: StringLength(200)] string? Title = null);

public sealed record NominateRequest(
    Guid OrganisationId,
    [property: Required] CandidateInput Representative,
    Guid? SeatId = null,
    [property: MaxLength(5)] IReadOnlyList<CandidateInput>? Deputies = null,
    [property: StringLength(2000)] string? Comment = null);

public sealed record RejectNominationRequest([property: Required, StringLength(2000, MinimumLength = 2)] string Reason);

public sealed record CandidateDto(Guid? PersonId, string Name, string Email, string? Phone, string? Title);

public sealed record NominationDto(Guid Id, Guid BodyId, string BodyName, NamedRef Organisation, Guid? SeatId,
    NominationStatus Status, CandidateDto Representative, IReadOnlyList<CandidateDto> Deputies, string? Comment,
    string NominatedBy, DateTime CreatedAt, string? DecidedBy, DateTime? DecidedAt, string? DecisionReason);
