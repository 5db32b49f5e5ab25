using System.ComponentModel.DataAnnotations;
using Nettverk.Api.Features.Meetings;

namespace Nettverk.Api.Features.Registrations;

/// <summary>The secretariat's settings: seats (1–10000), closed now, or closing at a time (UTC).</summary>
public sealed record RegistrationSettingsInput(
    [property: Range(RegistrationSettings.MinCapacity, RegistrationSettings.MaxCapacity)] int Capacity,
    bool IsClosed = false,
    DateTime? ClosesAt = null);

public sealed record RegistrationSettingsDto(Guid MeetingId, int Capacity, bool IsClosed, DateTime? ClosesAt, bool AcceptsRegistrations,
    int Confirmed, int WaitListed, int Unconfirmed, int SeatsLeft);

/// <summary>An open meeting as the public sees it before registering: never who has registered.</summary>
public sealed record PublicRegistrationInfo(Guid MeetingId, string Title, string BodyName, DateTime StartsAt, DateTime EndsAt,
    MeetingFormat Format, string? Location, int Capacity, int SeatsLeft, int Waiting, bool IsOpen, DateTime? ClosesAt);

public sealed record RegisterRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    [property: Required, EmailAddress, StringLength(254)] string Email,
    [property: StringLength(200)] string? Organisation = null,
    [property: StringLength(1000)] string? Needs = null);

/// <summary>The same answer whether or not the address was registered before: look in your e-mail.</summary>
public sealed record RegistrationReceived(string Message);

public sealed record RegistrationTokenRequest([property: Required, StringLength(64, MinimumLength = 20)] string Token);

/// <summary>The registrant's own view, by the secret link: the meeting, their status and place in the queue. No e-mail
/// address or needs, so a link passed on shows little.</summary>
public sealed record MyRegistrationDto(Guid MeetingId, string MeetingTitle, string BodyName, DateTime StartsAt, DateTime EndsAt,
    MeetingFormat Format, string? Location, string Name, string? Organisation, RegistrationStatus Status, int? WaitingPosition,
    bool Expired, bool CanCancel, bool MeetingCancelled);

public sealed record RegistrationRow(Guid Id, string Name, string Email, string? Organisation, string? Needs, RegistrationStatus Status,
    int? SeatNumber, int? WaitingPosition, DateTime CreatedAt, DateTime? ConfirmedAt, DateTime? CancelledAt, bool Expired);
