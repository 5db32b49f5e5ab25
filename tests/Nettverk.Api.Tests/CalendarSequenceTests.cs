using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Tests.Infrastructure;
using Nettverk.Tests;

namespace Nettverk.Api.Tests;

/// <summary>Every recipient's calendar messages for a meeting, read in order from a real SMTP server: the UID never
/// changes and the SEQUENCE strictly rises, through calling, moving, an agenda update, the deputy chain and cancelling.</summary>
public sealed class CalendarSequenceTests : IAsyncLifetime
{
    MailDev mailDev = null!;
    NettverkApp app = null!;

    public async Task InitializeAsync()
    {
        mailDev = await MailDev.StartAsync();
        app = new NettverkApp().With("Mail:Delivery", "Smtp").With("Mail:Smtp:Host", "127.0.0.1")
            .With("Mail:Smtp:Port", mailDev.SmtpPort.ToString()).With("Mail:MessageIdDomain", "nettverk.example.org")
            .With("Mail:Inbound:Address", "moter@fylke.example.org").With("Mail:Inbound:Host", "127.0.0.1")
            .With("Mail:Inbound:PollIntervalSeconds", "86400"); // the ORGANIZER only: no mailbox is read here
    }

    public async Task DisposeAsync()
    {
        app.Dispose();
        await mailDev.DisposeAsync();
    }

    [Fact]
    public async Task EachRecipientsMessages_KeepTheUid_AndRaiseTheSequence_ThroughTheWholeFlow()
    {
        var network = await app.NetworkAsync();
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var meeting = (await (await secretariat.PostAsync($"/api/bodies/{network}/meetings", new
        {
            title = "Arbeidsmøte", startsAt = "2027-03-28T12:00:00", endsAt = "2027-03-28T14:00:00", format = "Digital",
            videoUrl = "https://meet.example.org/j/77",
        })).ShouldBe(HttpStatusCode.Created))!["id"]!.GetValue<string>();
        var total = 0;

        // Called: ten representatives.
        await (await secretariat.PostAsync($"/api/meetings/{meeting}/call")).ShouldBe(HttpStatusCode.OK);
        await mailDev.WaitForAsync(total += 10);
        // Moved.
        await (await secretariat.PutAsync($"/api/meetings/{meeting}", new
        {
            title = "Arbeidsmøte", startsAt = "2027-10-31T12:00:00", endsAt = "2027-10-31T14:00:00", format = "Digital",
            videoUrl = "https://meet.example.org/j/77", isOpen = false,
        })).ShouldBe(HttpStatusCode.OK);
        await mailDev.WaitForAsync(total += 10);
        // The agenda changed and published.
        await (await secretariat.PostAsync($"/api/meetings/{meeting}/agenda-items", new { title = "Budsjett", kind = "Decision", durationMinutes = 30 }))
            .ShouldBe(HttpStatusCode.OK);
        await (await secretariat.PostAsync($"/api/meetings/{meeting}/call")).ShouldBe(HttpStatusCode.OK);
        await mailDev.WaitForAsync(total += 10);

        // The NHO representative declines: the first deputy is called in.
        var token = await TokenAsync(DemoIds.SeatHolder);
        using var anonymous = app.Client();
        (await anonymous.GetAsync("/api/account/antiforgery")).EnsureSuccessStatusCode();
        await (await anonymous.PostAsync("/api/rsvp", new { token, answer = "Declined" })).ShouldBe(HttpStatusCode.OK);
        await mailDev.WaitForAsync(total += 1);
        // … comes after all: the deputy is released (a CANCEL of their copy).
        await (await anonymous.PostAsync("/api/rsvp", new { token, answer = "Accepted" })).ShouldBe(HttpStatusCode.OK);
        await mailDev.WaitForAsync(total += 1);
        // … the secretariat calls the deputy in again.
        var deputy = await app.WithDbAsync(db => db.People.Where(p => p.Name == "Camilla Rønning").Select(p => new { p.Id, p.Email }).SingleAsync());
        var seat = await app.WithDbAsync(db => db.Invitations.Where(i => i.PersonId == deputy.Id && i.MeetingId == Guid.Parse(meeting))
            .Select(i => i.SeatId).SingleAsync());
        await (await secretariat.PostAsync($"/api/meetings/{meeting}/call-deputy", new { seatId = seat, personId = deputy.Id })).ShouldBe(HttpStatusCode.OK);
        await mailDev.WaitForAsync(total += 1);
        // Cancelled: everyone still invited, the deputy too.
        await (await secretariat.PostAsync($"/api/meetings/{meeting}/cancel", new { reason = "Flyttet." })).ShouldBe(HttpStatusCode.OK);
        var all = await mailDev.WaitForAsync(total += 11);
        all.Should().HaveCount(total);

        var uid = await app.WithDbAsync(db => db.Meetings.Where(m => m.Id == Guid.Parse(meeting)).Select(m => m.CalendarUid).SingleAsync());
        uid.Should().Be($"meeting-{Guid.Parse(meeting):N}@nettverk.example.org");
        var byRecipient = all.GroupBy(m => m!["to"]![0]!["address"]!.GetValue<string>().ToLowerInvariant());
        byRecipient.Should().HaveCount(11);
        foreach (var recipient in byRecipient)
        {
            var calendars = new List<(string Method, string Text)>();
            foreach (var message in recipient)
            {
                var part = Mime.Parts(await mailDev.SourceAsync(message!["id"]!.GetValue<string>()))
                    .Single(p => p.ContentType.StartsWith("text/calendar", StringComparison.OrdinalIgnoreCase));
                calendars.Add((Regex.Match(part.ContentType, "method=([A-Z]+)").Groups[1].Value, part.Body));
            }
            var parsed = await IcalJs.ParseAsync(calendars.Select(c => c.Text).ToArray());
            var sequences = new List<int>();
            for (var i = 0; i < calendars.Count; i++)
            {
                parsed[i]!["method"]!.GetValue<string>().Should().Be(calendars[i].Method, "the calendar's METHOD is the MIME part's");
                var e = parsed[i]!["events"]![0]!;
                e["uid"]!.GetValue<string>().Should().Be(uid);
                e["organizer"]!["email"]!.GetValue<string>().Should().Be("moter@fylke.example.org", "answers go to the inbound mailbox");
                e["organizer"]!["cn"]!.GetValue<string>().Should().Be("Nettverk for verdiskaping og kompetanse (sekretariatet)");
                sequences.Add(e["sequence"]!.GetValue<int>());
            }
            sequences.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems($"{recipient.Key} must see every change as newer");
            calendars[^1].Method.Should().Be("CANCEL");
            if (recipient.Key == deputy.Email.ToLowerInvariant())
            {
                calendars.Select(c => c.Method).Should().Equal("REQUEST", "CANCEL", "REQUEST", "CANCEL");
                sequences.Should().Equal(2, 3, 4, 5);
            }
            else if (recipient.Key == DemoIds.SeatHolder) sequences.Should().Equal(0, 1, 2, 3);
        }

        // A reply is judged against what that person was last sent: the deputy's answer to SEQUENCE 4 is stale (5 was sent).
        var reply = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:" + uid +
            "\r\nSEQUENCE:4\r\nDTSTAMP:20270101T000000Z\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:" + deputy.Email + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var response = await secretariat.Http.PostAsync("/api/calendar/replies", new StringContent(reply, System.Text.Encoding.UTF8, "text/calendar"));
        await response.ShouldBeProblem(HttpStatusCode.Conflict, code: "stale_reply");

        // With an inbound mailbox the public feed names it, a role address, as ORGANIZER.
        await (await secretariat.PostAsync($"/api/bodies/{network}/meetings", new
        {
            title = "Åpent møte", startsAt = "2027-11-11T12:00:00", endsAt = "2027-11-11T14:00:00", format = "Physical",
            location = "Fylkeshuset", isOpen = true,
        })).ShouldBe(HttpStatusCode.Created);
        var open = await app.WithDbAsync(db => db.Meetings.Where(m => m.Title == "Åpent møte").Select(m => m.Id).SingleAsync());
        await (await secretariat.PostAsync($"/api/meetings/{open}/call")).ShouldBe(HttpStatusCode.OK);
        var feed = await (await anonymous.GetAsync($"/api/public/bodies/{network}/calendar.ics")).Content.ReadAsStringAsync();
        var events = (await IcalJs.ParseAsync(feed))[0]!["events"]!.AsArray();
        events.Should().NotBeEmpty().And.OnlyContain(e => e!["organizer"]!["email"]!.GetValue<string>() == "moter@fylke.example.org");
        feed.Should().NotContain(DemoIds.Secretariat);
    }

    async Task<string> TokenAsync(string email)
    {
        var emails = await mailDev.EmailsAsync();
        var message = emails.Last(m => m!["to"]![0]!["address"]!.GetValue<string>().Equals(email, StringComparison.OrdinalIgnoreCase))!;
        var text = Mime.Parts(await mailDev.SourceAsync(message["id"]!.GetValue<string>()))
            .First(p => p.ContentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)).Body;
        return Uri.UnescapeDataString(Regex.Match(text, @"svar=nei&token=([^\s]+)").Groups[1].Value);
    }
}
