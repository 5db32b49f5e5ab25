namespace Nettverk.Api.Calendar;

/// <summary>RFC 5546 methods: PUBLISH for feeds, REQUEST to invite or update, CANCEL, and the attendee's REPLY.</summary>
public enum CalendarMethod { Publish, Request, Reply, Cancel }

/// <summary>An ORGANIZER: an address and the name calendars show for it.</summary>
public sealed record CalendarAddress(string Email, string? Name = null);

/// <summary>The one ATTENDEE an invitation names: its recipient (each person gets their own copy). PARTSTAT as RFC 5545 spells it.</summary>
public sealed record CalendarAttendee(string Email, string? Name, string PartStat, bool Rsvp);
