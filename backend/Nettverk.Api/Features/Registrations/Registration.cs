using System.Security.Cryptography;
using Nettverk.Api.Common;

namespace Nettverk.Api.Features.Registrations;

/// <summary>Unconfirmed: the address is not yet confirmed (holds no seat, expires). Confirmed: holds a seat.
/// WaitListed: confirmed address, waiting for a seat. Cancelled: by the registrant.</summary>
public enum RegistrationStatus { Unconfirmed, Confirmed, WaitListed, Cancelled }

/// <summary>A meeting's registration settings (påmelding), in a table of its own beside the meeting: how many seats, and
/// whether the secretariat has closed registration (now, or from a given time).</summary>
public sealed class RegistrationSettings
{
    public const int MinCapacity = 1, MaxCapacity = 10000, DefaultCapacity = 80;

    public Guid MeetingId { get; private set; }
    public int Capacity { get; private set; } = DefaultCapacity;
    public bool IsClosed { get; private set; }
    public DateTime? ClosesAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    private RegistrationSettings() { }

    public RegistrationSettings(Guid meetingId, DateTime nowUtc)
    {
        MeetingId = meetingId;
        UpdatedAt = nowUtc;
    }

    public void Set(int capacity, bool isClosed, DateTime? closesAt, DateTime nowUtc)
    {
        if (capacity is < MinCapacity or > MaxCapacity)
            throw new FieldValidationException("capacity", ErrorCodes.OutOfRange, $"The capacity is {MinCapacity}–{MaxCapacity}.",
                new() { ["min"] = MinCapacity, ["max"] = MaxCapacity });
        Capacity = capacity;
        IsClosed = isClosed;
        ClosesAt = closesAt is null ? null : DateTime.SpecifyKind(closesAt.Value.ToUniversalTime(), DateTimeKind.Utc);
        UpdatedAt = nowUtc;
    }

    public bool AcceptsAt(DateTime nowUtc) => !IsClosed && (ClosesAt is null || ClosesAt > nowUtc);
}

/// <summary>One person's registration for an open meeting. The seat is a number 1..capacity, unique per meeting (a unique
/// index): that index, not a count read before the write, is what keeps two confirmations racing for the last seat from
/// both getting it, on SQLite and on server databases alike (the loser's save fails and it tries again, then waits).
/// <see cref="Version"/> is a concurrency token, so two cancellations at once cannot both move up the same waiting person.</summary>
public sealed class Registration
{
    public static readonly TimeSpan ConfirmWithin = TimeSpan.FromHours(48);

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid MeetingId { get; private set; }
    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    /// <summary>Upper-case, trimmed: one registration per address and meeting (a unique index).</summary>
    public string EmailKey { get; private set; } = "";
    public string? Organisation { get; private set; }
    /// <summary>Dietary or access needs; deleted after the meeting (<see cref="RegistrationCleanup"/>).</summary>
    public string? Needs { get; private set; }
    public string Token { get; private set; } = "";
    public RegistrationStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    /// <summary>Until when the confirmation link works while unconfirmed.</summary>
    public DateTime ExpiresAt { get; private set; }
    public DateTime? ConfirmedAt { get; private set; }
    public DateTime? WaitListedAt { get; private set; }
    public int? SeatNumber { get; private set; }
    public DateTime? SeatedAt { get; private set; }
    public DateTime? CancelledAt { get; private set; }
    public DateTime? NeedsDeletedAt { get; private set; }
    /// <summary>The iCalendar SEQUENCE of the registrant's own calendar entry (UID per registration).</summary>
    public int Sequence { get; private set; }
    public int Version { get; private set; }

    private Registration() { }

    public Registration(Guid meetingId, string name, string email, string? organisation, string? needs, DateTime nowUtc)
    {
        MeetingId = meetingId;
        Email = email.Trim();
        EmailKey = KeyOf(email);
        CreatedAt = nowUtc;
        Renew(name, organisation, needs, nowUtc);
    }

    public static string KeyOf(string email) => email.Trim().ToUpperInvariant();

    public bool IsExpired(DateTime nowUtc) => Status == RegistrationStatus.Unconfirmed && ExpiresAt <= nowUtc;

    /// <summary>Registering again while unconfirmed, expired or cancelled: the details as now given and a fresh link.</summary>
    public void Renew(string name, string? organisation, string? needs, DateTime nowUtc)
    {
        Name = name.Trim();
        Organisation = string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim();
        Needs = string.IsNullOrWhiteSpace(needs) ? null : needs.Trim();
        Token = NewToken();
        Status = RegistrationStatus.Unconfirmed;
        ExpiresAt = nowUtc + ConfirmWithin;
        ConfirmedAt = WaitListedAt = SeatedAt = CancelledAt = null;
        SeatNumber = null;
        Version++;
    }

    public void TakeSeat(int seat, DateTime nowUtc)
    {
        ConfirmedAt ??= nowUtc;
        Status = RegistrationStatus.Confirmed;
        SeatNumber = seat;
        SeatedAt = nowUtc;
        Sequence++;
        Version++;
    }

    public void WaitList(DateTime nowUtc)
    {
        ConfirmedAt ??= nowUtc;
        Status = RegistrationStatus.WaitListed;
        WaitListedAt = nowUtc;
        Version++;
    }

    /// <summary>Returns the seat it held, if any, for the first on the waiting list.</summary>
    public int? Cancel(DateTime nowUtc)
    {
        if (Status == RegistrationStatus.Cancelled) return null;
        var freed = SeatNumber;
        if (Status == RegistrationStatus.Confirmed) Sequence++;
        Status = RegistrationStatus.Cancelled;
        CancelledAt = nowUtc;
        SeatNumber = null;
        Version++;
        return freed;
    }

    public void DeleteNeeds(DateTime nowUtc)
    {
        Needs = null;
        NeedsDeletedAt = nowUtc;
        Version++;
    }

    static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>One registration request for an address, counted for the per-address limit (at most N an hour).</summary>
public sealed class RegistrationAttempt
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string EmailKey { get; private set; } = "";
    public DateTime At { get; private set; }

    private RegistrationAttempt() { }

    public RegistrationAttempt(string emailKey, DateTime at) => (EmailKey, At) = (emailKey, at);
}
