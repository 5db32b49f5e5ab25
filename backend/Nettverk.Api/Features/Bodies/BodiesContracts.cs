using System.ComponentModel.DataAnnotations;
using Nettverk.Api.Common;
using Nettverk.Api.Features.People;
using Nettverk.Api.Features.Organisations;

namespace Nettverk.Api.Features.Bodies;

public sealed record MeetingRulesDto(
    [property: Range(1, 52)] int? MaxMeetingsPerYear,
    IReadOnlyList<int>? PreferredMonths,
    [property: Range(0, 52)] int? OpenMeetingsMin,
    [property: Range(0, 52)] int? OpenMeetingsMax);

public sealed record BodyInput(
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    BodyKind Kind,
    [property: StringLength(20000)] string? Mandate,
    [property: StringLength(4000)] string? Goal,
    IReadOnlyList<string>? Tasks,
    [property: StringLength(200)] string? AdoptedBy,
    DateOnly? AdoptedOn,
    Guid? OwnerOrganisationId,
    bool IsPublic,
    MeetingRulesDto? MeetingRules,
    IReadOnlyList<Guid>? ReportsToBodyIds,
    Guid? ParentBodyId);

public sealed record NamedRef(Guid Id, string Name);
public sealed record ChildBody(Guid Id, string Name, BodyKind Kind);

public sealed record BodySummary(Guid Id, string Name, BodyKind Kind, string? OwnerName, int MemberCount, bool Archived,
    IReadOnlyList<BodyRole> MyRoles);

public sealed record BodyDetails(Guid Id, string Name, BodyKind Kind, string? Mandate, string? Goal, IReadOnlyList<string> Tasks,
    string? AdoptedBy, DateOnly? AdoptedOn, NamedRef? Owner, bool IsPublic, MeetingRulesDto MeetingRules,
    IReadOnlyList<NamedRef> ReportsTo, NamedRef? Parent, IReadOnlyList<ChildBody> Children, IReadOnlyList<PersonRef> Secretariat,
    IReadOnlyList<BodyRole> MyRoles, bool CanManage, bool Archived);

public sealed record SetSecretariatRequest([property: Required] IReadOnlyList<Guid> PersonIds);
