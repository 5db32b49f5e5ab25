using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Memberships;

namespace Nettverk.Tests.Meetings;

/// <summary>A meeting as most tests want it: the network's digital two-hour meeting on 12 May 2027 (Oslo time), planned
/// or called at <see cref="Now"/> with the seats given. No database: the aggregate alone.</summary>
public sealed class MeetingBuilder
{
    /// <summary>The fixed clock: eleven days before the meeting.</summary>
    public static readonly DateTime Now = new(2027, 5, 1, 8, 0, 0, DateTimeKind.Utc);
    /// <summary>Well after the meeting's end.</summary>
    public static readonly DateTime AfterTheMeeting = new(2027, 5, 13, 8, 0, 0, DateTimeKind.Utc);
    public static readonly Guid Body = Guid.Parse("0190a000-0000-7000-8000-000000000001");
    public const string CalendarDomain = "nettverk.example.org";

    DateTime startsAt = new(2027, 5, 12, 12, 0, 0);
    int agendaEdits;
    Seat[]? calledWith;

    public MeetingBuilder StartingAt(DateTime startsAtLocal)
    {
        startsAt = startsAtLocal;
        return this;
    }

    /// <summary>Agenda items added before the meeting is called.</summary>
    public MeetingBuilder WithAgendaEdits(int edits)
    {
        agendaEdits = edits;
        return this;
    }

    public MeetingBuilder CalledWith(params Seat[] seats)
    {
        calledWith = seats;
        return this;
    }

    public Meeting Build()
    {
        var meeting = new Meeting(Body, "Arbeidsmøte", startsAt, startsAt.AddHours(2), MeetingFormat.Digital, null,
            "https://meet.example.org/j/77", isOpen: false);
        for (var i = 0; i < agendaEdits; i++) meeting.AgendaEdited();
        if (calledWith is not null) meeting.Call(calledWith, CalendarDomain, Now);
        return meeting;
    }
}

/// <summary>A seat in the builders' body: by default a representative and two deputies (vara 1 and 2), new people each.</summary>
public sealed class SeatBuilder
{
    Guid bodyId = MeetingBuilder.Body;
    Guid? representative = Guid.NewGuid();
    Guid[] deputies = [Guid.NewGuid(), Guid.NewGuid()];

    public SeatBuilder InBody(Guid body)
    {
        bodyId = body;
        return this;
    }

    public SeatBuilder WithRepresentative(Guid? personId)
    {
        representative = personId;
        return this;
    }

    public SeatBuilder WithDeputies(params Guid[] personIds)
    {
        deputies = personIds;
        return this;
    }

    public Seat Build()
    {
        var seat = new Membership(bodyId, Guid.NewGuid(), null).AddSeat(SeatRole.Member, null, null);
        seat.Assign(representative, deputies);
        return seat;
    }
}

public static class MeetingTestExtensions
{
    public static Guid Representative(this Seat seat) => seat.RepresentativeId!.Value;

    /// <summary>The person who is vara number <paramref name="order"/> for the seat.</summary>
    public static Guid Deputy(this Seat seat, int order) => seat.Deputies.Single(d => d.Order == order).PersonId;

    public static Invitation InvitationOf(this Meeting meeting, Guid personId) => meeting.Invitations.Single(i => i.PersonId == personId);

    /// <summary>Records the named person's answer and returns what the meeting sends because of it.</summary>
    public static IReadOnlyList<InvitationMessage> Answer(this Meeting meeting, Seat seat, Guid personId, Rsvp answer, DateTime? at = null) =>
        meeting.Respond(meeting.InvitationOf(personId), answer, null, "test@example.org", seat, at ?? MeetingBuilder.Now);
}
