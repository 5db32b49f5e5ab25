using System.ComponentModel.DataAnnotations;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.People;

namespace Nettverk.Api.Features.Memberships;

public sealed record AddMembershipRequest(Guid OrganisationId, DateOnly? JoinedOn = null);
public sealed record EndMembershipRequest(DateOnly LeftOn);

public sealed record SeatInput(SeatRole Role, DateOnly? TermStart = null, DateOnly? TermEnd = null, Guid? RepresentativeId = null,
    [property: MaxLength(10)] IReadOnlyList<Guid>? DeputyIds = null);

public sealed record DeputyDto(int Order, PersonRef Person);

public sealed record SeatDto(Guid Id, SeatRole Role, DateOnly? TermStart, DateOnly? TermEnd, PersonRef? Representative,
    IReadOnlyList<DeputyDto> Deputies);

public sealed record MembershipDto(Guid Id, NamedRef Organisation, DateOnly? JoinedOn, DateOnly? LeftOn, IReadOnlyList<SeatDto> Seats);
