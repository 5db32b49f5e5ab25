using System.Text;
using Nettverk.Api.Calendar;

namespace Nettverk.Tests;

public sealed class CalendarWriterTests
{
    static readonly DateTime Stamp = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc);
    const string Hostile = "Møte om strategi; budsjett, plan\\ og æøå ÆØÅ\r\nATTENDEE:mailto:inntrenger@example.org\nEND:VEVENT";

    static CalendarEvent Meeting(string summary = "Nettverksmøte", string? description = null, DateTime? start = null) => new(
        Uid: "meeting-01a2@nettverk.example.org", Sequence: 2, StampUtc: Stamp,
        StartLocal: start ?? new DateTime(2027, 2, 17, 12, 0, 0), EndLocal: (start ?? new DateTime(2027, 2, 17, 12, 0, 0)).AddHours(2),
        Summary: summary, Description: description,
        Location: "Fylkeshuset, Skien, møterom «Telemark»", Url: "https://meet.example.org/j/123?pwd=a,b",
        Organizer: new CalendarAddress("sekretariat@example.org", "Sekretariatet: \"Nettverk\"; VTFK"),
        Attendees: [new CalendarAttendee("eirik.haugland@example.org", "Haugland, Eirik", AttendeeRole.RequiredParticipant, ParticipationStatus.NeedsAction, true)]);

    [Fact]
    public void EveryLine_EndsInCrLf_IsAtMost75Octets_AndIsWholeUtf8()
    {
        var longText = string.Concat(Enumerable.Repeat("Årsplan for nettverket – æøå ÆØÅ, “sitat” og 🙂 ", 12));
        var ics = ICalendarWriter.Write(CalendarMethod.Request, Meeting(longText, longText));
        ics.Should().EndWith("\r\n");
        ics.Replace("\r\n", "").Should().NotContain("\n").And.NotContain("\r");
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        foreach (var line in ics.Split("\r\n"))
        {
            var bytes = Encoding.UTF8.GetBytes(line);
            bytes.Length.Should().BeLessThanOrEqualTo(75, line);
            strict.GetString(bytes).Should().Be(line);
        }
        ICalendarParser.Parse(ics).Children("VEVENT").Single().Property("SUMMARY")!.Text.Should().Be(longText);
    }

    [Fact]
    public async Task HostileText_StaysOneValue_ForOurParserAndForIcalJs()
    {
        var ics = ICalendarWriter.Write(CalendarMethod.Request, Meeting(Hostile, Hostile));
        var ours = ICalendarParser.Parse(ics).Children("VEVENT").Single();
        ours.Property("SUMMARY")!.Text.Should().Be(Hostile.Replace("\r\n", "\n"));
        ours.All("ATTENDEE").Should().ContainSingle();

        var theirs = (await IcalJs.ParseAsync(ics))[0]!["events"]![0]!;
        theirs["summary"]!.GetValue<string>().Should().Be(Hostile.Replace("\r\n", "\n"));
        theirs["description"]!.GetValue<string>().Should().Be(Hostile.Replace("\r\n", "\n"));
        theirs["attendees"]!.AsArray().Should().ContainSingle();
        theirs["organizer"]!["cn"]!.GetValue<string>().Should().Be("Sekretariatet: Nettverk; VTFK");
        theirs["attendees"]![0]!["cn"]!.GetValue<string>().Should().Be("Haugland, Eirik");
        theirs["location"]!.GetValue<string>().Should().Be("Fylkeshuset, Skien, møterom «Telemark»");
        theirs["url"]!.GetValue<string>().Should().Be("https://meet.example.org/j/123?pwd=a,b");
    }

    [Fact]
    public async Task IcalJs_ReadsTheInvitation_AsWeMeantIt()
    {
        var ics = ICalendarWriter.Write(CalendarMethod.Request, Meeting());
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
    }

    [Theory]
    [InlineData("2027-03-28T12:00:00", "2027-03-28T10:00:00.000Z")] // summer time starts that night: noon is UTC+2
    [InlineData("2027-03-27T12:00:00", "2027-03-27T11:00:00.000Z")]
    [InlineData("2027-10-31T12:00:00", "2027-10-31T11:00:00.000Z")] // summer time ended that night: noon is UTC+1
    [InlineData("2027-10-30T12:00:00", "2027-10-30T10:00:00.000Z")]
    [InlineData("2027-08-18T09:30:00", "2027-08-18T07:30:00.000Z")]
    public async Task AMeetingOnADaylightSavingDay_KeepsItsLocalTime_InIcalJsAndInOurConversion(string local, string utc)
    {
        var start = DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture);
        var e = (await IcalJs.ParseAsync(ICalendarWriter.Write(CalendarMethod.Publish, Meeting(start: start))))[0]!["events"]![0]!;
        e["start"]!.GetValue<string>().Should().Be(utc);
        OsloTime.ToUtc(start).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'").Should().Be(utc);
    }

    [Fact]
    public async Task ACancellation_AndAFeedOfSeveralEvents_AreAccepted()
    {
        var cancel = ICalendarWriter.Write(CalendarMethod.Cancel, Meeting() with { Sequence = 3, Status = EventStatus.Cancelled });
        var feed = ICalendarWriter.Write(CalendarMethod.Publish,
            Enumerable.Range(0, 4).Select(i => Meeting($"Møte {i + 1}") with { Uid = $"m{i}@x", Attendees = null })
                .Select((e, i) => e with { StartLocal = e.StartLocal.AddMonths(3 * i), EndLocal = e.EndLocal.AddMonths(3 * i) }),
            "Nettverk for verdiskaping og kompetanse");
        var parsed = await IcalJs.ParseAsync(cancel, feed);
        parsed[0]!["method"]!.GetValue<string>().Should().Be("CANCEL");
        parsed[0]!["events"]![0]!["status"]!.GetValue<string>().Should().Be("CANCELLED");
        parsed[0]!["events"]![0]!["sequence"]!.GetValue<int>().Should().Be(3);
        parsed[1]!["events"]!.AsArray().Select(e => e!["summary"]!.GetValue<string>()).Should().Equal("Møte 1", "Møte 2", "Møte 3", "Møte 4");
    }

    [Fact]
    public async Task RandomText_RoundTrips_ThroughBothParsers()
    {
        var random = new Random(5545);
        string[] alphabet = ["a", "b", "æ", "ø", "å", "Æ", "Ø", "Å", " ", ",", ";", ":", "\\", "\"", "'", "\n", "\t", "–", "🙂", "<", ">", "&", "="];
        var texts = Enumerable.Range(0, 40).Select(_ =>
            string.Concat(Enumerable.Range(0, random.Next(1, 200)).Select(_ => alphabet[random.Next(alphabet.Length)]))).ToList();
        texts = texts.Select(t => t.Trim() is { Length: > 0 } ? t : "x").ToList();
        var calendars = texts.Select(t => ICalendarWriter.Write(CalendarMethod.Request, Meeting(t, t))).ToArray();
        var parsed = await IcalJs.ParseAsync(calendars);
        for (var i = 0; i < texts.Count; i++)
        {
            var expected = texts[i];
            parsed[i]!["events"]![0]!["description"]!.GetValue<string>().Should().Be(expected);
            ICalendarParser.Parse(calendars[i]).Children("VEVENT").Single().Property("DESCRIPTION")!.Text.Should().Be(expected);
        }
    }
}
