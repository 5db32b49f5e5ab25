using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>The one-click answer links in the invitation e-mails, through the real pipeline on a clock the test moves:
/// opening a link records nothing (mail scanners open them all), and a link lives as long as the meeting as it now
/// stands (+ a day), not as long as the meeting did when the mail was written.</summary>
public sealed class RsvpLinkTests : IDisposable
{
    // 1 June 2027; the meeting is on 10 June, 12.00–14.00 Oslo time (10.00–12.00 UTC, summer time).
    readonly FakeTimeProvider clock = new(new DateTimeOffset(2027, 6, 1, 8, 0, 0, TimeSpan.Zero));
    readonly ClockedApp app;

    public RsvpLinkTests() => app = new ClockedApp(clock);

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task OpeningEveryLinkOfAnInvitation_RecordsNothing_UntilTheAnswerIsPosted()
    {
        var (meetingId, secretariat) = await CalledMeetingAsync();
        secretariat.Dispose();
        var invitationId = await InvitationIdAsync(meetingId, DemoIds.SeatHolder);
        var mail = await FirstInvitationTextAsync(DemoIds.SeatHolder, meetingId);
        using var scanner = await app.AnonymousAsync();

        // As a scanner does: every link in turn, the SPA's address and the API read behind it, twice over.
        foreach (var answer in new[] { "ja", "kanskje", "nei", "ja", "kanskje", "nei" })
        {
            var link = Regex.Match(mail, $@"svar={answer}&token=([^\s]+)");
            link.Success.Should().BeTrue(mail);
            var landing = await scanner.GetNodeAsync($"/api/rsvp?token={link.Groups[1].Value}&svar={answer}");
            landing["answer"]!.GetValue<string>().Should().Be("NoAnswer");
            landing["hasEnded"]!.GetValue<bool>().Should().BeFalse();
            landing["withdrawn"]!.GetValue<bool>().Should().BeFalse();
        }
        var invitations = await InvitationsAsync(meetingId);
        invitations.Should().HaveCount(10, "no deputy was called in");
        invitations.Single(i => i.Id == invitationId).Answer.Should().Be(Rsvp.NoAnswer);

        // Only the confirm button's POST records, and a decline runs the deputy chain.
        var answered = await scanner.PostAsync("/api/rsvp", new { token = Token(mail), answer = "Declined", comment = "På reise" });
        (await answered.ShouldBe(HttpStatusCode.OK))!["answer"]!.GetValue<string>().Should().Be("Declined");
        invitations = await InvitationsAsync(meetingId);
        invitations.Single(i => i.Id == invitationId).Answer.Should().Be(Rsvp.Declined);
        invitations.Should().HaveCount(11).And.Contain(i => i.Role == InvitationRole.Deputy);
    }

    [Fact]
    public async Task AFirstInvitationLink_AfterTheMeetingIsMovedLater_WorksUntilTheNewEndPlusADay()
    {
        var (meetingId, secretariat) = await CalledMeetingAsync();
        var first = Token(await FirstInvitationTextAsync(DemoIds.SeatHolder, meetingId));
        clock.Advance(TimeSpan.FromHours(1));
        await (await secretariat.PutAsync($"/api/meetings/{meetingId}", Meeting("2027-06-24"))).ShouldBe(HttpStatusCode.OK);
        secretariat.Dispose();
        using var person = await app.AnonymousAsync();

        // 11 June, past the original end + a day: the first invitation's link still answers.
        clock.SetUtcNow(new DateTimeOffset(2027, 6, 11, 13, 0, 0, TimeSpan.Zero));
        var landing = await person.GetNodeAsync($"/api/rsvp?token={Uri.EscapeDataString(first)}");
        landing["startsAt"]!.GetValue<string>().Should().Be("2027-06-24T12:00:00");
        landing["hasEnded"]!.GetValue<bool>().Should().BeFalse();
        await (await person.PostAsync("/api/rsvp", new { token = first, answer = "Accepted" })).ShouldBe(HttpStatusCode.OK);

        // 24 June after the meeting: the link still shows the answer given, and says the meeting is over.
        clock.SetUtcNow(new DateTimeOffset(2027, 6, 24, 12, 30, 0, TimeSpan.Zero));
        landing = await person.GetNodeAsync($"/api/rsvp?token={Uri.EscapeDataString(first)}");
        landing["hasEnded"]!.GetValue<bool>().Should().BeTrue();
        landing["status"]!.GetValue<string>().Should().Be("Held");
        landing["answer"]!.GetValue<string>().Should().Be("Accepted");
        await (await person.PostAsync("/api/rsvp", new { token = first, answer = "Declined" }))
            .ShouldBeProblem(HttpStatusCode.Conflict, code: "meeting_past");

        // A day after the new end (12.00 UTC on 24 June), it is gone.
        clock.SetUtcNow(new DateTimeOffset(2027, 6, 25, 12, 0, 0, TimeSpan.Zero));
        await (await person.GetAsync($"/api/rsvp?token={Uri.EscapeDataString(first)}")).ShouldBeProblem(HttpStatusCode.NotFound, code: "rsvp_link_invalid");
        await (await person.PostAsync("/api/rsvp", new { token = first, answer = "Declined" }))
            .ShouldBeProblem(HttpStatusCode.NotFound, code: "rsvp_link_invalid");
    }

    [Fact]
    public async Task ForgedForeignAndExpiredLinks_AllAnswerTheSameNotFound()
    {
        var (meetingId, secretariat) = await CalledMeetingAsync();
        secretariat.Dispose();
        var invitationId = await InvitationIdAsync(meetingId, DemoIds.SeatHolder);
        var good = Token(await FirstInvitationTextAsync(DemoIds.SeatHolder, meetingId));
        var protection = app.Services.GetRequiredService<IDataProtectionProvider>();
        var foreign = protection.CreateProtector("Nettverk.Accounts.Invite").Protect(invitationId.ToString("N"));
        var unknownInvitation = app.Services.GetRequiredService<RsvpTokens>().Create(Guid.CreateVersion7(), DateTime.UtcNow);
        using var anonymous = await app.AnonymousAsync();

        var bodies = new List<string>();
        foreach (var token in new[] { good[..^4] + (good.EndsWith("AAAA") ? "BBBB" : "AAAA"), "not-a-token", foreign, unknownInvitation })
        {
            var read = await anonymous.GetAsync($"/api/rsvp?token={Uri.EscapeDataString(token)}");
            var node = await read.ShouldBeProblem(HttpStatusCode.NotFound, code: "rsvp_link_invalid");
            node.AsObject().Remove("traceId");
            bodies.Add(node.ToJsonString());
            await (await anonymous.PostAsync("/api/rsvp", new { token, answer = "Accepted" }))
                .ShouldBeProblem(HttpStatusCode.NotFound, code: "rsvp_link_invalid");
        }

        // The good link once the meeting is over and the day's grace has passed answers exactly as the forged ones.
        clock.SetUtcNow(new DateTimeOffset(2027, 6, 11, 12, 0, 0, TimeSpan.Zero));
        var expired = await (await anonymous.GetAsync($"/api/rsvp?token={Uri.EscapeDataString(good)}"))
            .ShouldBeProblem(HttpStatusCode.NotFound, code: "rsvp_link_invalid");
        expired.AsObject().Remove("traceId");
        bodies.Add(expired.ToJsonString());
        bodies.Distinct().Should().ContainSingle("nothing tells a forged link from an expired or a foreign one");
    }

    [Fact]
    public async Task ALinkSentBeforeTheChange_IsReadUntilTheLaterOfItsOwnExpiryAndTheMeetingsCurrentEnd()
    {
        var (meetingId, secretariat) = await CalledMeetingAsync();
        using var _ = secretariat;
        var invitationId = await InvitationIdAsync(meetingId, DemoIds.SeatHolder);
        // As RsvpTokens v1 wrote them: time-limited to the meeting's end (then 10 June, 12.00 UTC) + a day.
        var old = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Nettverk.Meetings.Rsvp.v1")
            .ToTimeLimitedDataProtector().Protect(invitationId.ToString("N"), new DateTimeOffset(2027, 6, 11, 12, 0, 0, TimeSpan.Zero));
        using var person = await app.AnonymousAsync();
        (await person.GetNodeAsync($"/api/rsvp?token={Uri.EscapeDataString(old)}"))["personName"]!.GetValue<string>().Should().NotBeEmpty();

        // Moved later: the old link outlives the expiry it carries, up to the new end + a day.
        await (await secretariat.PutAsync($"/api/meetings/{meetingId}", Meeting("2027-06-24"))).ShouldBe(HttpStatusCode.OK);
        clock.SetUtcNow(new DateTimeOffset(2027, 6, 20, 8, 0, 0, TimeSpan.Zero));
        await (await person.PostAsync("/api/rsvp", new { token = old, answer = "Tentative" })).ShouldBe(HttpStatusCode.OK);
        clock.SetUtcNow(new DateTimeOffset(2027, 6, 25, 12, 0, 0, TimeSpan.Zero));
        await (await person.GetAsync($"/api/rsvp?token={Uri.EscapeDataString(old)}")).ShouldBeProblem(HttpStatusCode.NotFound, code: "rsvp_link_invalid");

        // Moved earlier (to 5 June, before its embedded expiry): the old link keeps the day it was promised.
        var earlier = await OtherCalledMeetingAsync();
        var earlierInvitation = await InvitationIdAsync(earlier.MeetingId, DemoIds.SeatHolder);
        clock.SetUtcNow(new DateTimeOffset(2027, 7, 8, 8, 0, 0, TimeSpan.Zero));
        var promised = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Nettverk.Meetings.Rsvp.v1")
            .ToTimeLimitedDataProtector().Protect(earlierInvitation.ToString("N"), new DateTimeOffset(2027, 7, 10, 12, 0, 0, TimeSpan.Zero));
        var landing = await person.GetNodeAsync($"/api/rsvp?token={Uri.EscapeDataString(promised)}");
        landing["hasEnded"]!.GetValue<bool>().Should().BeTrue("the meeting as it now stands ended on 5 July");
        clock.SetUtcNow(new DateTimeOffset(2027, 7, 10, 12, 0, 0, TimeSpan.Zero));
        await (await person.GetAsync($"/api/rsvp?token={Uri.EscapeDataString(promised)}")).ShouldBeProblem(HttpStatusCode.NotFound, code: "rsvp_link_invalid");
    }

    static object Meeting(string date) => new
    {
        title = "Arbeidsmøte", startsAt = $"{date}T12:00:00", endsAt = $"{date}T14:00:00", format = "Digital",
        videoUrl = "https://meet.example.org/nvk-juni", isOpen = false,
    };

    /// <summary>A digital meeting on 10 June 2027, called by the secretariat: ten representatives invited.</summary>
    async Task<(Guid MeetingId, ApiClient Secretariat)> CalledMeetingAsync(string date = "2027-06-10")
    {
        var network = await app.NetworkAsync();
        var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var created = (await (await secretariat.PostAsync($"/api/bodies/{network}/meetings", Meeting(date))).ShouldBe(HttpStatusCode.Created))!;
        var id = Guid.Parse(created["id"]!.GetValue<string>());
        await (await secretariat.PostAsync($"/api/meetings/{id}/call")).ShouldBe(HttpStatusCode.OK);
        return (id, secretariat);
    }

    /// <summary>A second meeting, called on 1 July for 10 July and then moved to 5 July.</summary>
    async Task<(Guid MeetingId, ApiClient Secretariat)> OtherCalledMeetingAsync()
    {
        clock.SetUtcNow(new DateTimeOffset(2027, 7, 1, 8, 0, 0, TimeSpan.Zero));
        var (id, secretariat) = await CalledMeetingAsync("2027-07-10");
        await (await secretariat.PutAsync($"/api/meetings/{id}", Meeting("2027-07-05"))).ShouldBe(HttpStatusCode.OK);
        secretariat.Dispose();
        return (id, secretariat);
    }

    Task<List<Invitation>> InvitationsAsync(Guid meetingId) =>
        app.WithDbAsync(db => db.Invitations.AsNoTracking().Where(i => i.MeetingId == meetingId).ToListAsync());

    async Task<Guid> InvitationIdAsync(Guid meetingId, string email)
    {
        var personId = await app.PersonAsync(email);
        return await app.WithDbAsync(db => db.Invitations.Where(i => i.MeetingId == meetingId && i.PersonId == personId).Select(i => i.Id).SingleAsync());
    }

    /// <summary>The text of the first message written to the person: the invitation, as it sits in the outbox.</summary>
    Task<string> FirstInvitationTextAsync(string email, Guid meetingId) => app.WithDbAsync(db => db.OutboxMessages
        .Where(m => m.To == email && m.TextBody.Contains(meetingId.ToString())).OrderBy(m => m.CreatedAt).Select(m => m.TextBody).FirstAsync());

    static string Token(string text)
    {
        var match = Regex.Match(text, @"svar=nei&token=([^\s]+)");
        match.Success.Should().BeTrue(text);
        return Uri.UnescapeDataString(match.Groups[1].Value);
    }

    /// <summary>The app with the test's clock in place of the system's.</summary>
    sealed class ClockedApp(TimeProvider clock) : NettverkApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}
