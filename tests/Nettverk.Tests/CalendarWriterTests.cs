using System.Text;
using Ical.Net.CalendarComponents;
using Nettverk.Api.Calendar;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Mail;

namespace Nettverk.Tests;

/// <summary>What Ical.Net writes for our meetings, with our corrections, as read by Ical.Net itself, ical.js and node-ical.</summary>
public sealed class CalendarWriterTests
{
    static readonly DateTime Stamp = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);
    const string Hostile = "Møte om strategi; budsjett, plan\\ og æøå ÆØÅ\r\nATTENDEE:mailto:inntrenger@example.org\nEND:VEVENT";
    const string HostileName = "Sekretariatet: \"Nettverk\"; VTFK\r\nATTENDEE:mailto:inntrenger@example.org";

    static CalendarEvent Event(string title = "Nettverksmøte", DateTime? start = null, string location = "Fylkeshuset, Skien, møterom «Telemark»",
        int sequence = 2, bool cancelled = false, string uid = "meeting-01a2@nettverk.example.org", bool attendee = true)
    {
        var at = start ?? new DateTime(2027, 2, 17, 12, 0, 0);
        var meeting = new Meeting(Guid.NewGuid(), title, at, at.AddHours(2), MeetingFormat.Hybrid, location,
            "https://meet.example.org/j/123?pwd=a,b", isOpen: true);
        var context = new MeetingContext("Nettverk", null, []);
        return MeetingCalendar.Event(meeting, context, uid, sequence, Stamp, "https://nettverk.example.org/moter/1",
            new CalendarAddress("sekretariat@example.org", HostileName),
            attendee ? new CalendarAttendee("eirik.haugland@example.org", "Haugland, Eirik", "NEEDS-ACTION", Rsvp: true) : null,
            cancelled);
    }

    static string Request(CalendarEvent e) => MeetingCalendar.Write(CalendarMethod.Request, [e]);

    [Theory]
    [InlineData(2031, 6, 10)]
    [InlineData(2036, 1, 15)]
    [InlineData(2045, 12, 1)]
    public void AMeetingYearsAhead_GetsItsZoneWithBothObservances(int year, int month, int day)
    {
        var ics = Request(Event(start: new DateTime(year, month, day, 12, 0, 0)));
        ics.Should().Contain("BEGIN:VTIMEZONE").And.Contain("TZID:Europe/Oslo").And.Contain("BEGIN:DAYLIGHT").And.Contain("BEGIN:STANDARD")
            .And.Contain($"DTSTART;TZID=Europe/Oslo:{year}{month:00}{day:00}T120000");
    }

    [Fact]
    public void EveryLine_EndsInCrLf_IsAtMost75Octets_AndIsWholeUtf8()
    {
        // Emoji after an odd number of characters: Ical.Net on its own folds inside the surrogate pair.
        var longText = string.Concat(Enumerable.Repeat("Årsplan for nettverket – æøå ÆØÅ, “sitat” og 🙂 x🙂", 12));
        var ics = Request(Event(longText));
        ics.Should().EndWith("\r\n");
        ics.Replace("\r\n", "").Should().NotContain("\n").And.NotContain("\r");
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        foreach (var line in ics.Split("\r\n"))
        {
            var bytes = strict.GetBytes(line);
            bytes.Length.Should().BeLessThanOrEqualTo(75, line);
            strict.GetString(bytes).Should().Be(line);
        }
        Ical.Net.Calendar.Load(ics)!.Events.Single().Summary.Should().Be("Nettverk: " + longText.Trim());
    }

    [Fact]
    public async Task HostileText_AndHostileNames_StayOneValue_ForIcalNetIcalJsAndNodeIcal()
    {
        var ics = Request(Event(Hostile, location: Hostile));
        var ours = Ical.Net.Calendar.Load(ics)!.Events.Single();
        ours.Summary.Should().Be("Nettverk: " + Hostile.Replace("\r\n", "\n"));
        ours.Attendees.Should().ContainSingle();
        ours.Organizer!.CommonName.Should().Be("Sekretariatet: Nettverk, VTFK ATTENDEE:mailto:inntrenger@example.org");
        ics.Split("\r\n").Count(l => l.StartsWith("ATTENDEE", StringComparison.Ordinal)).Should().Be(1);
        ics.Split("\r\n").Count(l => l.StartsWith("END:VEVENT", StringComparison.Ordinal)).Should().Be(1);

        var theirs = (await IcalJs.ParseAsync(ics))[0]!["events"]![0]!;
        theirs["summary"]!.GetValue<string>().Should().Be("Nettverk: " + Hostile.Replace("\r\n", "\n"));
        theirs["location"]!.GetValue<string>().Should().StartWith(Hostile.Replace("\r\n", "\n"));
        theirs["attendees"]!.AsArray().Should().ContainSingle();
        theirs["organizer"]!["cn"]!.GetValue<string>().Should().Be("Sekretariatet: Nettverk, VTFK ATTENDEE:mailto:inntrenger@example.org");
        theirs["attendees"]![0]!["cn"]!.GetValue<string>().Should().Be("Haugland, Eirik");
        theirs["url"]!.GetValue<string>().Should().Be("https://meet.example.org/j/123?pwd=a,b");
    }

    [Fact]
    public async Task TheInvitation_IsReadAsWeMeantIt_AndKeepsWhatClientsNeed()
    {
        var ics = Request(Event());
        var parsed = (await IcalJs.ParseAsync(ics))[0]!;
        parsed["method"]!.GetValue<string>().Should().Be("REQUEST");
        var e = parsed["events"]![0]!;
        e["uid"]!.GetValue<string>().Should().Be("meeting-01a2@nettverk.example.org");
        e["sequence"]!.GetValue<int>().Should().Be(2);
        e["startZone"]!.GetValue<string>().Should().Be("Europe/Oslo");
        e["start"]!.GetValue<string>().Should().Be("2027-02-17T11:00:00.000Z", "noon in Oslo in February is 11:00 UTC");
        e["end"]!.GetValue<string>().Should().Be("2027-02-17T13:00:00.000Z");
        e["status"]!.GetValue<string>().Should().Be("CONFIRMED");
        e["attendees"]![0]!["partstat"]!.GetValue<string>().Should().Be("NEEDS-ACTION");
        e["attendees"]![0]!["rsvp"]!.GetValue<string>().Should().Be("TRUE");
        e["attendees"]![0]!["role"]!.GetValue<string>().Should().Be("REQ-PARTICIPANT");
        e["organizer"]!["email"]!.GetValue<string>().Should().Be("sekretariat@example.org");
        e["propertyNames"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain(["dtstamp", "dtstart", "dtend", "sequence"]);

        var lines = ics.Split("\r\n");
        lines.Should().ContainSingle(l => l.StartsWith("METHOD:")).Which.Should().Be("METHOD:REQUEST");
        lines.Should().Contain("PRODID:" + MeetingCalendar.ProductId);
        lines.Should().Contain("DTSTAMP:20261122T100000Z", "DTSTAMP is UTC");
        Array.IndexOf(lines, "BEGIN:VTIMEZONE").Should().BeLessThan(Array.IndexOf(lines, "BEGIN:VEVENT"), "the VTIMEZONE comes before its use");
    }

    [Theory]
    [InlineData("2027-03-28T12:00:00", "2027-03-28T10:00:00.000Z")] // summer time starts that night: noon is UTC+2
    [InlineData("2027-03-27T12:00:00", "2027-03-27T11:00:00.000Z")]
    [InlineData("2027-10-31T12:00:00", "2027-10-31T11:00:00.000Z")] // summer time ended that night: noon is UTC+1
    [InlineData("2027-10-30T12:00:00", "2027-10-30T10:00:00.000Z")]
    [InlineData("2027-08-18T09:30:00", "2027-08-18T07:30:00.000Z")]
    [InlineData("2021-03-17T12:00:00", "2021-03-17T11:00:00.000Z")] // older than Ical.Net's default VTIMEZONE reaches
    [InlineData("2031-06-10T12:00:00", "2031-06-10T10:00:00.000Z")] // years ahead: Ical.Net threw, reading the rules to its clock
    [InlineData("2031-03-30T12:00:00", "2031-03-30T10:00:00.000Z")]
    [InlineData("2045-10-29T12:00:00", "2045-10-29T11:00:00.000Z")]
    [InlineData("2045-10-28T12:00:00", "2045-10-28T10:00:00.000Z")]
    public async Task AMeetingOnADaylightSavingDay_KeepsItsLocalTime_InBothJudgesAndInOurConversion(string local, string utc)
    {
        var start = DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture);
        var e = (await IcalJs.ParseAsync(MeetingCalendar.Write(CalendarMethod.Publish, [Event(start: start, attendee: false)])))[0]!["events"]![0]!;
        e["start"]!.GetValue<string>().Should().Be(utc);
        OsloTime.ToUtc(start).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'").Should().Be(utc);
    }

    [Fact]
    public async Task ACancellation_AndAFeedOfSeveralEvents_AreAccepted()
    {
        var cancel = MeetingCalendar.Write(CalendarMethod.Cancel, [Event(sequence: 3, cancelled: true)]);
        var feed = MeetingCalendar.Write(CalendarMethod.Publish,
            Enumerable.Range(0, 4).Select(i => Event($"Møte {i + 1}", new DateTime(2026, 2, 17, 12, 0, 0).AddMonths(7 * i), uid: $"m{i}@x", attendee: false)).ToList(),
            "Nettverk for verdiskaping og kompetanse");
        var parsed = await IcalJs.ParseAsync(cancel, feed);
        parsed[0]!["method"]!.GetValue<string>().Should().Be("CANCEL");
        parsed[0]!["events"]![0]!["status"]!.GetValue<string>().Should().Be("CANCELLED");
        parsed[0]!["events"]![0]!["sequence"]!.GetValue<int>().Should().Be(3);
        parsed[1]!["method"]!.GetValue<string>().Should().Be("PUBLISH");
        parsed[1]!["events"]!.AsArray().Select(e => e!["summary"]!.GetValue<string>())
            .Should().Equal("Nettverk: Møte 1", "Nettverk: Møte 2", "Nettverk: Møte 3", "Nettverk: Møte 4");
        parsed[1]!["events"]!.AsArray().Select(e => e!["start"]!.GetValue<string>()[11..16]).Should().Equal("11:00", "10:00", "10:00", "11:00"); // February, September, April, November
        feed.Should().Contain("X-WR-CALNAME:Nettverk for verdiskaping og kompetanse");
    }

    [Fact]
    public async Task RandomText_RoundTrips_ThroughEveryParser()
    {
        var random = new Random(5545);
        string[] alphabet = ["a", "b", "æ", "ø", "å", "Æ", "Ø", "Å", " ", ",", ";", ":", "\\", "\"", "'", "\n", "\t", "–", "🙂", "<", ">", "&", "=", "\u0001", "\r"];
        var texts = Enumerable.Range(0, 40).Select(_ =>
            string.Concat(Enumerable.Range(0, random.Next(1, 200)).Select(_ => alphabet[random.Next(alphabet.Length)]))).ToList();
        var calendars = texts.Select(t => Request(Event("x", location: t.Trim() is { Length: > 0 } ? t : "x"))).ToArray();
        var parsed = await IcalJs.ParseAsync(calendars);
        for (var i = 0; i < texts.Count; i++)
        {
            var meetingLocation = texts[i].Trim() is { Length: > 0 } t ? t : "x";
            // What we mean to say: control characters dropped, CR and CRLF read as LF (RFC 5545 TEXT has no other).
            var expected = IcsText.Text(meetingLocation) + " / https://meet.example.org/j/123?pwd=a,b";
            parsed[i]!["events"]![0]!["location"]!.GetValue<string>().Should().Be(expected);
            Ical.Net.Calendar.Load(calendars[i])!.Events.Single().Location.Should().Be(expected);
        }
    }

    [Fact]
    public void TheOrganizer_IsTheInboundMailbox_WhenThereIsOne_AndAPublicFeedNamesNoPerson()
    {
        var context = new MeetingContext("Nettverk", new CalendarAddress("sekretariat@example.org", "Nettverk (sekretariatet)"), []);
        var none = new InboundMailOptions();
        var inbound = new InboundMailOptions { Address = "moter@fylke.example.org", Host = "imap.example.org" };
        MeetingCalendar.InvitationOrganizer(context, none)!.Email.Should().Be("sekretariat@example.org");
        MeetingCalendar.InvitationOrganizer(context, inbound).Should().Be(new CalendarAddress("moter@fylke.example.org", "Nettverk (sekretariatet)"));
        MeetingCalendar.PublicOrganizer(context, none).Should().BeNull();
        MeetingCalendar.PublicOrganizer(context, inbound)!.Email.Should().Be("moter@fylke.example.org");
    }
}
