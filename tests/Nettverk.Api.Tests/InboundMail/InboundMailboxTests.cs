using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Mail.Inbound;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests.InboundMail;

/// <summary>The app and a real IMAP server (dovecot) whose mailbox is <c>Mail:Inbound</c>, shared by the tests of a class:
/// each test calls its own meeting, so their answers never meet.</summary>
public sealed class InboundMailFixture : IAsyncLifetime
{
    public Dovecot Imap { get; private set; } = null!;
    public NettverkApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Imap = await Dovecot.StartAsync();
        App = new NettverkApp()
            .With("Mail:MessageIdDomain", "nettverk.example.org")
            .With("Mail:Inbound:Address", Dovecot.Address).With("Mail:Inbound:Host", "127.0.0.1")
            .With("Mail:Inbound:Port", Imap.Port.ToString()).With("Mail:Inbound:Security", "None")
            .With("Mail:Inbound:UserName", Dovecot.Address).With("Mail:Inbound:Password", Dovecot.Password)
            // The tests poll themselves; a scheduled poll must not race them.
            .With("Mail:Inbound:PollIntervalSeconds", "86400").With("Mail:Inbound:TimeoutSeconds", "5");
    }

    public async Task DisposeAsync()
    {
        App.Dispose();
        await Imap.DisposeAsync();
    }
}

/// <summary>Calendar answers by e-mail (iMIP REPLY, RFC 6047) shaped as Outlook, Google Calendar and Apple Calendar send
/// them, read from the mailbox and applied with the rules of <c>POST /api/calendar/replies</c>.</summary>
public sealed class InboundMailboxTests(InboundMailFixture fixture) : IClassFixture<InboundMailFixture>
{
    const string Processed = "Behandlet";
    const string Unprocessed = "Ikke behandlet";
    NettverkApp App => fixture.App;
    Dovecot Imap => fixture.Imap;

    [Fact]
    public async Task AnswersFromOutlookGoogleAndApple_AreApplied_AndMovedToBehandlet()
    {
        var (meetingId, meeting) = await CalledMeetingAsync(new DateTime(2027, 4, 6, 12, 0, 0));
        var invitees = await RepresentativesAsync(meetingId);
        var (outlook, google, apple) = (invitees[0], invitees[1], invitees[2]);
        var messages = new[]
        {
            ImipFixtures.Reply(CalendarClient.Outlook, meeting, outlook.Email, outlook.Name, "ACCEPTED", Dovecot.Address, comment: "Jeg kommer, men må gå kl. 13."),
            ImipFixtures.Reply(CalendarClient.Google, meeting, google.Email, google.Name, "TENTATIVE", Dovecot.Address),
            ImipFixtures.Reply(CalendarClient.Apple, meeting, apple.Email, apple.Name, "ACCEPTED", Dovecot.Address),
        };
        foreach (var message in messages) await Imap.AppendAsync(message);

        (await PollAsync()).Should().Be(3);

        (await AnswerAsync(meetingId, outlook.Email)).Should().Be((Rsvp.Accepted, "Jeg kommer, men må gå kl. 13."));
        (await AnswerAsync(meetingId, google.Email)).Answer.Should().Be(Rsvp.Tentative);
        (await AnswerAsync(meetingId, apple.Email)).Answer.Should().Be(Rsvp.Accepted);
        await FoldersShouldBeAsync(processed: messages, unprocessed: []);
        (await OutcomesAsync(messages)).Should().OnlyContain(o => o == InboundOutcome.Applied);
    }

    [Fact]
    public async Task Decline_CallsInTheFirstDeputy()
    {
        var (meetingId, meeting) = await CalledMeetingAsync(new DateTime(2027, 4, 13, 12, 0, 0));
        var deputyEmail = await App.WithDbAsync(db => db.People.Where(p => p.Name == "Camilla Rønning").Select(p => p.Email).SingleAsync());
        var decline = ImipFixtures.Reply(CalendarClient.Outlook, meeting, DemoIds.SeatHolder, "Eirik Haugland", "DECLINED", Dovecot.Address, comment: "På reise");
        await Imap.AppendAsync(decline);

        (await PollAsync()).Should().Be(1);

        (await AnswerAsync(meetingId, DemoIds.SeatHolder)).Should().Be((Rsvp.Declined, "På reise"));
        var deputy = await App.WithDbAsync(db => db.Invitations.Where(i => i.MeetingId == meetingId && i.Active
            && db.People.Any(p => p.Id == i.PersonId && p.Email == deputyEmail)).Select(i => new { i.Role, i.DeputyOrder }).SingleAsync());
        deputy.Role.Should().Be(InvitationRole.Deputy);
        deputy.DeputyOrder.Should().Be(1);
        var toDeputy = await App.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == deputyEmail && m.CalendarMethod == "REQUEST")
            .Select(m => m.CalendarBody ?? "").ToListAsync());
        toDeputy.Count(ics => RepliedEvent.From(ics).Uid == meeting.Uid).Should().Be(1, "the first deputy gets an invitation of their own");
        await FoldersShouldBeAsync(processed: [decline], unprocessed: []);
    }

    [Fact]
    public async Task ReplyToAnOlderSequence_IsNotApplied_AndGoesToIkkeBehandlet()
    {
        var start = new DateTime(2027, 4, 20, 12, 0, 0);
        var (meetingId, before) = await CalledMeetingAsync(start);
        using (var secretariat = await App.SignInAsync(DemoIds.Secretariat))
            await (await secretariat.PutAsync($"/api/meetings/{meetingId}", MeetingBody(start.AddDays(1)))).ShouldBe(HttpStatusCode.OK);
        (await EventAsync(meetingId)).Sequence.Should().BeGreaterThan(before.Sequence, "moving a called meeting raises its SEQUENCE");
        var stale = ImipFixtures.Reply(CalendarClient.Google, before, DemoIds.SeatHolder, "Eirik Haugland", "ACCEPTED", Dovecot.Address);
        await Imap.AppendAsync(stale);

        (await PollAsync()).Should().Be(1);

        (await AnswerAsync(meetingId, DemoIds.SeatHolder)).Answer.Should().Be(Rsvp.NoAnswer);
        (await OutcomesAsync([stale])).Should().Equal(InboundOutcome.Stale);
        await FoldersShouldBeAsync(processed: [], unprocessed: [stale]);
    }

    [Fact]
    public async Task ReplyFromSomeoneNotInvited_OrForSomeoneElse_IsNotApplied()
    {
        var (meetingId, meeting) = await CalledMeetingAsync(new DateTime(2027, 4, 27, 12, 0, 0));
        // A person the meeting never invited answers for themselves.
        var stranger = ImipFixtures.Reply(CalendarClient.Apple, meeting, "kari.utenfor@example.org", "Kari Utenfor", "ACCEPTED", Dovecot.Address);
        // Someone answers for the invited representative from their own address: an answer must come from its person.
        var forged = ImipFixtures.Reply(CalendarClient.Outlook, meeting, DemoIds.SeatHolder, "Eirik Haugland", "DECLINED", Dovecot.Address,
            from: "kari.utenfor@example.org");
        await Imap.AppendAsync(stranger);
        await Imap.AppendAsync(forged);

        (await PollAsync()).Should().Be(2);

        (await AnswerAsync(meetingId, DemoIds.SeatHolder)).Answer.Should().Be(Rsvp.NoAnswer);
        (await App.WithDbAsync(db => db.Invitations.CountAsync(i => i.MeetingId == meetingId && i.Role == InvitationRole.Deputy)))
            .Should().Be(0, "no forged decline calls in a deputy");
        (await OutcomesAsync([stranger, forged])).Should().Equal(InboundOutcome.UnknownAttendee, InboundOutcome.WrongSender);
        await FoldersShouldBeAsync(processed: [], unprocessed: [stranger, forged]);
    }

    [Fact]
    public async Task ReplyToACancelledMeeting_IsRefused()
    {
        var (meetingId, _) = await CalledMeetingAsync(new DateTime(2027, 5, 4, 12, 0, 0));
        using (var secretariat = await App.SignInAsync(DemoIds.Secretariat))
            await (await secretariat.PostAsync($"/api/meetings/{meetingId}/cancel", new { reason = "For få kan møte." })).ShouldBe(HttpStatusCode.OK);
        // The answer names the cancelled meeting's current SEQUENCE, so it is the cancellation that refuses it.
        var reply = ImipFixtures.Reply(CalendarClient.Google, await EventAsync(meetingId), DemoIds.SeatHolder, "Eirik Haugland", "ACCEPTED", Dovecot.Address);
        await Imap.AppendAsync(reply);

        (await PollAsync()).Should().Be(1);

        (await AnswerAsync(meetingId, DemoIds.SeatHolder)).Answer.Should().Be(Rsvp.NoAnswer);
        (await OutcomesAsync([reply])).Should().Equal(InboundOutcome.Refused);
        await FoldersShouldBeAsync(processed: [], unprocessed: [reply]);
    }

    [Fact]
    public async Task AnOrdinaryEmail_GoesToIkkeBehandlet()
    {
        var mail = ImipFixtures.Plain(DemoIds.SeatHolder, "Eirik Haugland", Dovecot.Address, "Spørsmål om sakspapirene");
        await Imap.AppendAsync(mail);

        (await PollAsync()).Should().Be(1);

        (await OutcomesAsync([mail])).Should().Equal(InboundOutcome.NotCalendar);
        await FoldersShouldBeAsync(processed: [], unprocessed: [mail]);
    }

    [Fact]
    public async Task TheSameReplyDeliveredTwice_IsAppliedOnce_AndBothAreMoved()
    {
        var (meetingId, meeting) = await CalledMeetingAsync(new DateTime(2027, 5, 11, 12, 0, 0));
        var decline = ImipFixtures.Reply(CalendarClient.Google, meeting, DemoIds.SeatHolder, "Eirik Haugland", "DECLINED", Dovecot.Address);
        await Imap.AppendAsync(decline);
        (await PollAsync()).Should().Be(1);
        (await AnswerAsync(meetingId, DemoIds.SeatHolder)).Answer.Should().Be(Rsvp.Declined);

        // The representative changes their mind another way (the secretariat posts the calendar's new answer) ...
        var accept = ImipFixtures.Reply(CalendarClient.Google, meeting, DemoIds.SeatHolder, "Eirik Haugland", "ACCEPTED", Dovecot.Address);
        var acceptText = accept.BodyParts.OfType<TextPart>().First(p => p.ContentType.IsMimeType("text", "calendar")).Text;
        using (var secretariat = await App.SignInAsync(DemoIds.Secretariat))
            await (await secretariat.Http.PostAsync("/api/calendar/replies", new StringContent(acceptText, System.Text.Encoding.UTF8, "text/calendar")))
                .ShouldBe(HttpStatusCode.OK);
        // ... and then the mail system delivers the old decline a second time (or a crash came between commit and move).
        await Imap.AppendAsync(decline);

        (await PollAsync()).Should().Be(1);

        (await AnswerAsync(meetingId, DemoIds.SeatHolder)).Answer.Should().Be(Rsvp.Accepted, "the decline was applied once, not again");
        (await App.WithDbAsync(db => db.InboundMessages.CountAsync(m => m.Key == "mid:" + decline.MessageId))).Should().Be(1);
        (await Imap.MessageIdsAsync(Processed)).Count(id => id == decline.MessageId).Should().Be(2, "both copies are kept, in Behandlet");
        (await Imap.MessageIdsAsync("INBOX")).Should().NotContain(decline.MessageId);
    }

    [Fact]
    public async Task WhileTheImapServerIsDown_PollsFailQuietly_AndTheNextPollAfterItReturnsAppliesTheMail()
    {
        var (meetingId, meeting) = await CalledMeetingAsync(new DateTime(2027, 5, 18, 12, 0, 0));
        var accept = ImipFixtures.Reply(CalendarClient.Apple, meeting, DemoIds.SeatHolder, "Eirik Haugland", "TENTATIVE", Dovecot.Address);
        await Imap.AppendAsync(accept);
        await Imap.StopAsync();
        try
        {
            (await PollAsync()).Should().Be(0, "a failing connection is logged, not thrown out of the job");
            (await PollAsync()).Should().Be(0);
            (await AnswerAsync(meetingId, DemoIds.SeatHolder)).Answer.Should().Be(Rsvp.NoAnswer);
        }
        finally
        {
            await Imap.StartAsync();
        }
        (await Imap.MessageIdsAsync("INBOX")).Should().Contain(accept.MessageId, "nothing is lost while the server is down");

        (await PollAsync()).Should().Be(1);

        (await AnswerAsync(meetingId, DemoIds.SeatHolder)).Answer.Should().Be(Rsvp.Tentative);
        await FoldersShouldBeAsync(processed: [accept], unprocessed: []);
    }

    Task<int> PollAsync() => App.Services.GetRequiredService<InboundMailbox>().PollAsync(CancellationToken.None);

    /// <summary>Each given message sits in exactly the folder it belongs in, and the folder polled is empty.</summary>
    async Task FoldersShouldBeAsync(MimeMessage[] processed, MimeMessage[] unprocessed)
    {
        (await Imap.MessageIdsAsync("INBOX")).Should().BeEmpty("every message polled was moved out");
        var inProcessed = await Imap.MessageIdsAsync(Processed);
        var inUnprocessed = await Imap.MessageIdsAsync(Unprocessed);
        foreach (var m in processed)
        {
            inProcessed.Should().ContainSingle(id => id == m.MessageId);
            inUnprocessed.Should().NotContain(m.MessageId);
        }
        foreach (var m in unprocessed)
        {
            inUnprocessed.Should().ContainSingle(id => id == m.MessageId);
            inProcessed.Should().NotContain(m.MessageId);
        }
    }

    Task<List<InboundOutcome>> OutcomesAsync(IEnumerable<MimeMessage> messages)
    {
        var keys = messages.Select(m => "mid:" + m.MessageId).ToList();
        return App.WithDbAsync(async db =>
        {
            var rows = await db.InboundMessages.Where(m => keys.Contains(m.Key)).ToListAsync();
            return keys.Select(k => rows.Single(r => r.Key == k).Outcome).ToList();
        });
    }

    static object MeetingBody(DateTime start) => new
    {
        title = "Nettverksmøte", startsAt = start.ToString("s"), endsAt = start.AddHours(2).ToString("s"), format = "Physical",
        location = "Fylkeshuset", isOpen = false,
    };

    /// <summary>A new meeting of the network, called (invitations to its representatives), and its calendar entry as the
    /// invitees' calendars hold it.</summary>
    async Task<(Guid Id, RepliedEvent Event)> CalledMeetingAsync(DateTime start)
    {
        var network = await App.NetworkAsync();
        using var secretariat = await App.SignInAsync(DemoIds.Secretariat);
        var created = (await (await secretariat.PostAsync($"/api/bodies/{network}/meetings", MeetingBody(start))).ShouldBe(HttpStatusCode.Created))!;
        var id = Guid.Parse(created["id"]!.GetValue<string>());
        await (await secretariat.PostAsync($"/api/meetings/{id}/call")).ShouldBe(HttpStatusCode.OK);
        return (id, await EventAsync(id));
    }

    async Task<RepliedEvent> EventAsync(Guid meetingId)
    {
        using var secretariat = await App.SignInAsync(DemoIds.Secretariat);
        var response = await secretariat.GetAsync($"/api/meetings/{meetingId}/calendar.ics");
        var ics = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, ics);
        return RepliedEvent.From(ics);
    }

    Task<List<(string Email, string Name)>> RepresentativesAsync(Guid meetingId) => App.WithDbAsync(async db =>
        (await db.Invitations.Where(i => i.MeetingId == meetingId && i.Role == InvitationRole.Representative)
            .Join(db.People, i => i.PersonId, p => p.Id, (_, p) => new { p.Email, p.Name }).OrderBy(p => p.Name).ToListAsync())
        .Select(p => (p.Email, p.Name)).ToList());

    Task<(Rsvp Answer, string? Comment)> AnswerAsync(Guid meetingId, string email) => App.WithDbAsync(async db =>
    {
        var invitation = await db.Invitations.Where(i => i.MeetingId == meetingId && db.People.Any(p => p.Id == i.PersonId && p.Email == email))
            .Select(i => new { i.Answer, i.Comment }).SingleAsync();
        return (invitation.Answer, invitation.Comment);
    });
}
