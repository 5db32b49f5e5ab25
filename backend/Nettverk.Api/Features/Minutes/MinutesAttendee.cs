using Nettverk.Api.Common;

namespace Nettverk.Api.Features.Minutes;

/// <summary>Til stede / forfall / vara møtte.</summary>
public enum AttendanceStatus { Present, Absent, DeputyPresent }

/// <summary>A seat of the body, or someone else at the meeting (a guest, a presenter).</summary>
public enum AttendeeKind { Seat, Guest }

/// <summary>One line of the attendance: a seat with its representative (present, absent, or represented by a deputy), or
/// another attendee by name and organisation.</summary>
public sealed class MinutesAttendee : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid MinutesId { get; private set; }
    public Guid BodyId { get; private set; }
    public int Position { get; private set; }
    public AttendeeKind Kind { get; private set; }
    public Guid? SeatId { get; private set; }
    public Guid? PersonId { get; private set; }
    public string Name { get; private set; } = "";
    public string? OrganisationName { get; private set; }
    public AttendanceStatus Status { get; private set; }
    public Guid? DeputyPersonId { get; private set; }
    public string? DeputyName { get; private set; }
    /// <summary>For guests: why they were there ("innleder sak 3/21").</summary>
    public string? Note { get; private set; }
    Guid? IAudited.AuditBodyId => BodyId;

    private MinutesAttendee() { }

    public static MinutesAttendee ForSeat(Minutes minutes, int position, Guid seatId, Guid? personId, string name, string? organisationName,
        AttendanceStatus status, Guid? deputyPersonId, string? deputyName)
    {
        var attendee = new MinutesAttendee
        {
            MinutesId = minutes.Id, BodyId = minutes.BodyId, Position = position, Kind = AttendeeKind.Seat, SeatId = seatId,
            PersonId = personId, Name = name, OrganisationName = organisationName,
        };
        attendee.Record(status, deputyPersonId, deputyName);
        return attendee;
    }

    public static MinutesAttendee Guest(Minutes minutes, int position, string name, string? organisationName, string? note)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new FieldValidationException("guests", ErrorCodes.AttendeeNameRequired, "Every other attendee needs a name.");
        return new MinutesAttendee
        {
            MinutesId = minutes.Id, BodyId = minutes.BodyId, Position = position, Kind = AttendeeKind.Guest, Name = name.Trim(),
            OrganisationName = Clean(organisationName), Note = Clean(note), Status = AttendanceStatus.Present,
        };
    }

    public void Record(AttendanceStatus status, Guid? deputyPersonId, string? deputyName)
    {
        if (Kind != AttendeeKind.Seat) throw new InvalidOperationException("Only a seat's attendance is recorded this way.");
        if (status == AttendanceStatus.DeputyPresent && deputyPersonId is null)
            throw new FieldValidationException("attendance", ErrorCodes.DeputyPresentRequired, "Say which deputy was present.");
        Status = status;
        DeputyPersonId = status == AttendanceStatus.DeputyPresent ? deputyPersonId : null;
        DeputyName = status == AttendanceStatus.DeputyPresent ? deputyName : null;
    }

    public void UpdateGuest(int position, string name, string? organisationName, string? note)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new FieldValidationException("guests", ErrorCodes.AttendeeNameRequired, "Every other attendee needs a name.");
        Position = position;
        Name = name.Trim();
        OrganisationName = Clean(organisationName);
        Note = Clean(note);
    }

    static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
