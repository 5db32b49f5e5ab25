namespace Nettverk.Api.Calendar;

/// <summary>RFC 5546 methods: PUBLISH for feeds, REQUEST to invite or update, CANCEL, and the attendee's REPLY.</summary>
public enum CalendarMethod { Publish, Request, Reply, Cancel }

public enum EventStatus { Confirmed, Tentative, Cancelled }

public enum ParticipationStatus { NeedsAction, Accepted, Declined, Tentative, Delegated }

public enum AttendeeRole { Chair, RequiredParticipant, OptionalParticipant, NonParticipant }

public sealed record CalendarAddress(string Email, string? Name = null);

public sealed record CalendarAttendee(string Email, string? Name, AttendeeRole Role, ParticipationStatus Status, bool Rsvp);

/// <summary>One VEVENT. Start and end are wall-clock times in <see cref="OsloTime.ZoneId"/>: a meeting at noon stays at
/// noon on the day summer time starts or ends.</summary>
public sealed record CalendarEvent(
    string Uid,
    int Sequence,
    DateTime StampUtc,
    DateTime StartLocal,
    DateTime EndLocal,
    string Summary,
    string? Description = null,
    string? Location = null,
    string? Url = null,
    CalendarAddress? Organizer = null,
    IReadOnlyList<CalendarAttendee>? Attendees = null,
    EventStatus Status = EventStatus.Confirmed,
    string? Comment = null);
