using System.ComponentModel.DataAnnotations;
using Nettverk.Api.Features.People;

namespace Nettverk.Api.Features.Organisations;

public sealed record OrganisationInput(
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    OrganisationKind Kind,
    [property: StringLength(20)] string? OrganisationNumber = null,
    [property: EmailAddress, StringLength(254)] string? Email = null,
    [property: StringLength(40)] string? Phone = null,
    [property: Url, StringLength(300)] string? Website = null);

public sealed record OrganisationSummary(Guid Id, string Name, string? OrganisationNumber, OrganisationKind Kind,
    string? Email, string? Phone, string? Website, bool Archived);

public sealed record BodyRef(Guid BodyId, string BodyName);

public sealed record OrganisationDetails(Guid Id, string Name, string? OrganisationNumber, OrganisationKind Kind,
    string? Email, string? Phone, string? Website, bool Archived,
    IReadOnlyList<PersonRef> Contacts, IReadOnlyList<PersonRef> People, IReadOnlyList<BodyRef> Memberships);

public sealed record SetContactsRequest([property: Required] IReadOnlyList<Guid> PersonIds);
