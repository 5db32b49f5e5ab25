using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.People;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>One-click answers that arrive at the same moment, on the real pipeline and database, round after round so
/// the two requests overlap: each answer is recorded, nothing answers 500, and the deputy chain ends as if they had come
/// one after the other (the shared deputy called once, the other seat's next deputy called instead).</summary>
public sealed class RsvpConcurrencyTests : IDisposable
{
    const int Rounds = 15;
    readonly NettverkApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task TwoDeclinesAtOnce_ForTwoSeatsSharingTheirFirstDeputy_CallTheSharedDeputyOnce_AndTheOtherSeatsNext()
    {
        var (first, second, shared) = await TwoSeatsSharingTheirFirstDeputyAsync();
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        using var one = await app.AnonymousAsync();
        using var other = await app.AnonymousAsync();

        for (var round = 0; round < Rounds; round++)
        {
            var meetingId = await CalledMeetingAsync(secretariat, round);
            var tokens = await TokensAsync(meetingId, first.Representative, second.Representative);

            var answers = await Task.WhenAll(Decline(one, tokens[0]), Decline(other, tokens[1]));

            answers.Should().AllSatisfy(a => a.Should().Be(HttpStatusCode.OK), $"round {round}: both answers are recorded");
            var invitations = await InvitationsAsync(meetingId);
            invitations.Where(i => i.PersonId == first.Representative || i.PersonId == second.Representative)
                .Should().HaveCount(2).And.OnlyContain(i => i.Answer == Rsvp.Declined);
            var calledShared = invitations.Should().ContainSingle(i => i.PersonId == shared).Subject;
            calledShared.Active.Should().BeTrue();
            var (sharedFor, otherSeat) = calledShared.SeatId == first.Id ? (first, second) : (second, first);
            calledShared.SeatId.Should().Be(sharedFor.Id);
            invitations.Should().NotContain(i => i.PersonId == sharedFor.Next, $"round {round}: that seat has its deputy");
            invitations.Should().ContainSingle(i => i.PersonId == otherSeat.Next)
                .Which.Should().Match<Invitation>(i => i.Active && i.SeatId == otherSeat.Id && i.DeputyOrder == 2);
            (await MailsAsync(meetingId, shared)).Should().Be(1, $"round {round}: the shared deputy is called in once");
        }
    }

    [Fact]
    public async Task TheSameDeclineTwiceAtOnce_CallsTheFirstDeputyOnce()
    {
        var (seat, _, shared) = await TwoSeatsSharingTheirFirstDeputyAsync();
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        using var one = await app.AnonymousAsync();
        using var other = await app.AnonymousAsync();

        for (var round = 0; round < Rounds; round++)
        {
            var meetingId = await CalledMeetingAsync(secretariat, round);
            var token = (await TokensAsync(meetingId, seat.Representative))[0];

            var answers = await Task.WhenAll(Decline(one, token), Decline(other, token));

            answers.Should().AllSatisfy(a => a.Should().Be(HttpStatusCode.OK), $"round {round}: both answers are recorded");
            var invitations = await InvitationsAsync(meetingId);
            invitations.Single(i => i.PersonId == seat.Representative).Answer.Should().Be(Rsvp.Declined);
            invitations.Should().ContainSingle(i => i.PersonId == shared).Which.Active.Should().BeTrue();
            invitations.Should().NotContain(i => i.PersonId == seat.Next);
            (await MailsAsync(meetingId, shared)).Should().Be(1, $"round {round}: vara 1 is called in once");
        }
    }

    sealed record SeatPeople(Guid Id, Guid Representative, Guid Next);

    /// <summary>Two of the network's seats given the same new vara 1 (a person can deputise for two seats), each with a
    /// vara 2 of its own.</summary>
    async Task<(SeatPeople First, SeatPeople Second, Guid Shared)> TwoSeatsSharingTheirFirstDeputyAsync()
    {
        var network = await app.NetworkAsync();
        return await app.WithDbAsync(async db =>
        {
            var seats = await db.Seats.Include(s => s.Deputies)
                .Where(s => s.BodyId == network && s.RepresentativeId != null && db.Memberships.Any(m => m.Id == s.MembershipId && m.LeftOn == null))
                .OrderBy(s => s.Id).Take(2).ToListAsync();
            var shared = new Person("Delt Vara", "delt.vara@example.org");
            var nextFirst = new Person("Vara To Første", "vara2.forste@example.org");
            var nextSecond = new Person("Vara To Andre", "vara2.andre@example.org");
            db.People.AddRange(shared, nextFirst, nextSecond);
            seats[0].Assign(seats[0].RepresentativeId, [shared.Id, nextFirst.Id]);
            seats[1].Assign(seats[1].RepresentativeId, [shared.Id, nextSecond.Id]);
            await db.SaveChangesAsync();
            return (new SeatPeople(seats[0].Id, seats[0].RepresentativeId!.Value, nextFirst.Id),
                new SeatPeople(seats[1].Id, seats[1].RepresentativeId!.Value, nextSecond.Id), shared.Id);
        });
    }

    async Task<Guid> CalledMeetingAsync(ApiClient secretariat, int round)
    {
        var network = await app.NetworkAsync();
        var date = DateTime.Today.AddDays(30 + round).ToString("yyyy-MM-dd");
        var created = (await (await secretariat.PostAsync($"/api/bodies/{network}/meetings", new
        {
            title = $"Samtidige svar {round}", startsAt = $"{date}T12:00:00", endsAt = $"{date}T14:00:00", format = "Digital",
            videoUrl = "https://meet.example.org/samtidig", isOpen = false,
        })).ShouldBe(HttpStatusCode.Created))!;
        var id = Guid.Parse(created["id"]!.GetValue<string>());
        await (await secretariat.PostAsync($"/api/meetings/{id}/call")).ShouldBe(HttpStatusCode.OK);
        return id;
    }

    /// <summary>The one-click answer links' tokens for these people's invitations, as the e-mails carry them.</summary>
    async Task<string[]> TokensAsync(Guid meetingId, params Guid[] people)
    {
        var tokens = app.Services.GetRequiredService<RsvpTokens>();
        var invitations = await app.WithDbAsync(db => db.Invitations.Where(i => i.MeetingId == meetingId && people.Contains(i.PersonId))
            .Select(i => new { i.Id, i.PersonId }).ToListAsync());
        return people.Select(p => tokens.Create(invitations.Single(i => i.PersonId == p).Id, DateTime.UtcNow)).ToArray();
    }

    static async Task<HttpStatusCode> Decline(ApiClient client, string token) =>
        (await client.PostAsync("/api/rsvp", new { token, answer = "Declined" })).StatusCode;

    Task<List<Invitation>> InvitationsAsync(Guid meetingId) =>
        app.WithDbAsync(db => db.Invitations.AsNoTracking().Where(i => i.MeetingId == meetingId).ToListAsync());

    Task<int> MailsAsync(Guid meetingId, Guid personId) => app.WithDbAsync(async db =>
    {
        var email = await db.People.Where(p => p.Id == personId).Select(p => p.Email).SingleAsync();
        return await db.OutboxMessages.CountAsync(m => m.To == email && m.TextBody.Contains(meetingId.ToString()));
    });
}
