using Nettverk.Api.Calendar;

namespace Nettverk.Tests;

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
        var calendar = ICalendarParser.Parse(OutlookReply);
        calendar.Property("METHOD")!.Value.Should().Be("REPLY");
        var e = calendar.Children("VEVENT").Single();
        e.Property("UID")!.Text.Should().Be("meeting-01a2@nettverk.example.org");
        var attendee = e.Property("ATTENDEE")!;
        ICalendarParser.MailtoAddress(attendee.Value).Should().Be("eirik.haugland@example.org");
        attendee.Param("CN").Should().Be("Haugland, Eirik");
        ICalendarWriter.ParsePartStat(attendee.Param("partstat")).Should().Be(ParticipationStatus.Declined);
        e.Property("COMMENT")!.Text.Should().Be("Jeg er på reise, beklager.");
    }

    [Fact]
    public void OurOwnReply_RoundTrips()
    {
        var reply = ICalendarWriter.Write(CalendarMethod.Reply, new CalendarEvent("u1@x", 4, DateTime.UtcNow,
            new DateTime(2027, 5, 12, 12, 0, 0), new DateTime(2027, 5, 12, 14, 0, 0), "Møte",
            Attendees: [new CalendarAttendee("a@example.org", "A", AttendeeRole.RequiredParticipant, ParticipationStatus.Tentative, false)],
            Comment: "Kanskje; litt sent"));
        var e = ICalendarParser.Parse(reply).Children("VEVENT").Single();
        e.Property("SEQUENCE")!.Value.Should().Be("4");
        ICalendarParser.ReadDateTimeUtc(e.Property("DTSTART")!).Should().Be(new DateTime(2027, 5, 12, 10, 0, 0, DateTimeKind.Utc));
        e.Property("ATTENDEE")!.Param("PARTSTAT").Should().Be("TENTATIVE");
        e.Property("COMMENT")!.Text.Should().Be("Kanskje; litt sent");
    }

    [Theory]
    [InlineData("BEGIN:VEVENT\r\nEND:VEVENT\r\n")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n")]
    [InlineData("BEGIN:VCALENDAR\r\nSUMMARY\r\nEND:VCALENDAR\r\n")]
    [InlineData("BEGIN:VCALENDAR\r\n")]
    [InlineData("")]
    public void BrokenStructure_IsRefused(string text)
    {
        var act = () => ICalendarParser.Parse(text);
        act.Should().Throw<CalendarParseException>();
    }
}
