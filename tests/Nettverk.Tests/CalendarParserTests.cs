using Nettverk.Api.Calendar;
using Nettverk.Api.Features.Meetings;

namespace Nettverk.Tests;

/// <summary>Reading the REPLY an attendee's calendar sends, through Ical.Net.</summary>
public sealed class CalendarParserTests
{
    // As Outlook and Google send a reply: LF or CRLF, folded with a tab or a space, parameters in any order.
    const string OutlookReply = "BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" +
        "BEGIN:VEVENT\nATTENDEE;PARTSTAT=DECLINED;CN=\"Haugland, Eirik\":mailto:eirik.haugland@exam\n\tple.org\n" +
        "COMMENT;LANGUAGE=nb-NO:Jeg er på reise\\, beklager.\nUID:meeting-01a2@nettverk.example.org\nSEQUENCE:2\n" +
        "DTSTART;TZID=W. Europe Standard Time:20270217T120000\nDTSTAMP:20261123T081500Z\nEND:VEVENT\nEND:VCALENDAR\n";

    [Fact]
    public void AReplyFromAnotherClient_IsRead()
    {
        var (reply, error) = CalendarReplies.Parse(OutlookReply);
        error.Should().BeNull();
        reply.Should().Be(new CalendarReply("meeting-01a2@nettverk.example.org", "eirik.haugland@example.org", Rsvp.Declined, 2,
            "Jeg er på reise, beklager."));
    }

    [Fact]
    public void OurOwnInvitation_AnsweredAsACalendarWould_IsRead()
    {
        var meeting = new Meeting(Guid.NewGuid(), "Møte", new DateTime(2027, 5, 12, 12, 0, 0), new DateTime(2027, 5, 12, 14, 0, 0),
            MeetingFormat.Physical, "Skien", null, false);
        var e = MeetingCalendar.Event(meeting, new MeetingContext("Nettverk", null, []), "u1@x", 4, DateTime.UtcNow, "https://x.example.org",
            new CalendarAddress("s@example.org"), new CalendarAttendee("a@example.org", "A", "NEEDS-ACTION", true));
        var request = MeetingCalendar.Write(CalendarMethod.Request, [e]);
        var reply = request.Replace("\r\n ", "").Replace("METHOD:REQUEST", "METHOD:REPLY").Replace("PARTSTAT=NEEDS-ACTION", "PARTSTAT=TENTATIVE");
        CalendarReplies.Parse(reply).Reply.Should().Be(new CalendarReply("u1@x", "a@example.org", Rsvp.Tentative, 4, null));
        CalendarReplies.Parse(request).Error.Should().Be("Not a REPLY.");
        CalendarReplies.Parse(reply.Replace("SEQUENCE:4\r\n", "")).Reply!.Sequence.Should().BeNull("no SEQUENCE is no claim to be stale");
    }

    [Theory]
    [InlineData("BEGIN:VEVENT\r\nEND:VEVENT\r\n")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n")]
    [InlineData("BEGIN:VCALENDAR\r\nSUMMARY\r\nEND:VCALENDAR\r\n")]
    [InlineData("BEGIN:VCALENDAR\r\n")]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nEND:VCALENDAR\r\nBEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nEND:VCALENDAR\r\n")]
    [InlineData("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:x\r\nATTENDEE:mailto:a@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")]
    public void BrokenOrEmptyReplies_AreRefused_WithAReason(string text)
    {
        var (reply, error) = CalendarReplies.Parse(text);
        reply.Should().BeNull();
        error.Should().NotBeNullOrEmpty();
    }
}
