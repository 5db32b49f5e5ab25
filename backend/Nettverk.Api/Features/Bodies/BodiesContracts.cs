using System.ComponentModel.DataAnnotations;
using Nettverk.Api.Common;
using Nettverk.Api.Features.People;
using Nettverk.Api.Features.Organisations;

namespace Nettverk.Api.Features.Bodies;

public sealed record MeetingRulesDto(
    [property: Range(1, 52)] int? MaxMeetingsPerYear = null,
    IReadOnlyList<int>? PreferredMonths = null,
    [property: Range(0, 52)] int? OpenMeetingsMin = null,
    [property: Range(0, 52)] int? OpenMeetingsMax = null,
    IReadOnlyList<int>? ReminderDaysBefore = null,
    int? ChaseAfterDays = null,
    int? MinutesDueDays = null,
    int? ActionItemReminderDays = null);

public sealed record BodyInput(
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    BodyKind Kind,
    [property: StringLength(20000)] string? Mandate = null,
    [property: StringLength(4000)] string? Goal = null,
    IReadOnlyList<string>? Tasks = null,
    [property: StringLength(200)] string? AdoptedBy = null,
    DateOnly? AdoptedOn = null,
    Guid? OwnerOrganisationId = null,
    bool IsPublic = false,
    MeetingRulesDto? MeetingRules = null,
    IReadOnlyList<Guid>? ReportsToBodyIds = null,
    Guid? ParentBodyId = null,
    [property: StringLength(80)] string? Slug = null,
    bool? PublishRepresentatives = null);

public sealed record NamedRef(Guid Id, string Name);
public sealed record ChildBody(Guid Id, string Name, BodyKind Kind);

public sealed record BodySummary(Guid Id, string Name, BodyKind Kind, string? OwnerName, int MemberCount, bool Archived,
    IReadOnlyList<BodyRole> MyRoles);

public sealed record BodyDetails(Guid Id, string Name, BodyKind Kind, string? Mandate, string? Goal, IReadOnlyList<string> Tasks,
    string? AdoptedBy, DateOnly? AdoptedOn, NamedRef? Owner, bool IsPublic, MeetingRulesDto MeetingRules,
    IReadOnlyList<NamedRef> ReportsTo, NamedRef? Parent, IReadOnlyList<ChildBody> Children, IReadOnlyList<PersonRef> Secretariat,
    IReadOnlyList<BodyRole> MyRoles, bool CanManage, bool Archived, string? MandateHtml, string? GoalHtml,
    string? Slug = null, bool PublishRepresentatives = false);

public sealed record SetSecretariatRequest([property: Required] IReadOnlyList<Guid> PersonIds);
