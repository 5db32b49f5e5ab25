using System.ComponentModel.DataAnnotations;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.People;

namespace Nettverk.Api.Features.Memberships;

public sealed record AddMembershipRequest(Guid OrganisationId, DateOnly? JoinedOn);
public sealed record EndMembershipRequest(DateOnly LeftOn);

public sealed record SeatInput(SeatRole Role, DateOnly? TermStart, DateOnly? TermEnd, Guid? RepresentativeId,
    [property: MaxLength(10)] IReadOnlyList<Guid>? DeputyIds);

public sealed record DeputyDto(int Order, PersonRef Person);

public sealed record SeatDto(Guid Id, SeatRole Role, DateOnly? TermStart, DateOnly? TermEnd, PersonRef? Representative,
    IReadOnlyList<DeputyDto> Deputies);

public sealed record MembershipDto(Guid Id, NamedRef Organisation, DateOnly? JoinedOn, DateOnly? LeftOn, IReadOnlyList<SeatDto> Seats);
