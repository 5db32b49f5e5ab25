using System.ComponentModel.DataAnnotations;

namespace Nettverk.Api.Features.People;

public sealed record PersonInput(
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    [property: Required, EmailAddress, StringLength(254)] string Email,
    [property: StringLength(40)] string? Phone = null,
    [property: StringLength(200)] string? Title = null,
    Guid? OrganisationId = null);

public sealed record PersonSummary(Guid Id, string Name, string Email, string? Phone, string? Title,
    Guid? OrganisationId, string? OrganisationName, bool HasAccount, bool Archived);
