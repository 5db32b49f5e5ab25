using System.Net;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>Sign-in is limited per client address and per account, with the real limiter and tight limits.
/// (The other test classes run with loose limits; see NettverkApp.)</summary>
public sealed class SignInRateLimitTests(SignInRateLimitTests.TightApp app) : IClassFixture<SignInRateLimitTests.TightApp>
{
    public sealed class TightApp : NettverkApp
    {
        public TightApp()
        {
            With("RateLimiting:SignIn:PerClient:PermitLimit", "8");
            With("RateLimiting:SignIn:PerAccount:PermitLimit", "3");
        }
    }

    [Fact]
    public async Task SignIn_IsLimitedPerAccount_ThenPerClient_With429AndRetryAfter()
    {
        using var client = app.Client();
        (await client.GetAsync("/api/account/antiforgery")).EnsureSuccessStatusCode();
        Task<HttpResponseMessage> Attempt(string email) => client.PostAsync("/api/account/login", new { email, password = "wrong-password-1" });

        for (var i = 0; i < 3; i++) await (await Attempt("spray.a@example.org")).ShouldBeProblem(HttpStatusCode.Unauthorized, code: "invalid_credentials");
        var perAccount = await Attempt("spray.a@example.org");
        await perAccount.ShouldBeProblem(HttpStatusCode.TooManyRequests, code: "rate_limited");
        perAccount.Headers.RetryAfter.Should().NotBeNull();

        // Another address from the same client goes on, until the client's own limit (8 in the window).
        foreach (var other in new[] { "spray.b@example.org", "spray.c@example.org", "spray.d@example.org", "spray.e@example.org" })
            await (await Attempt(other)).ShouldBeProblem(HttpStatusCode.Unauthorized, code: "invalid_credentials");
        var perClient = await Attempt("spray.f@example.org");
        await perClient.ShouldBeProblem(HttpStatusCode.TooManyRequests, code: "rate_limited");
        perClient.Headers.RetryAfter!.Delta.Should().BeGreaterThan(TimeSpan.Zero);
    }
}

/// <summary>Password reset, invitations and one-click answers are limited too.</summary>
public sealed class AccountRateLimitTests(AccountRateLimitTests.TightApp app) : IClassFixture<AccountRateLimitTests.TightApp>
{
    public sealed class TightApp : NettverkApp
    {
        public TightApp()
        {
            With("RateLimiting:PasswordReset:PerAccount:PermitLimit", "2");
            With("RateLimiting:Invitations:PerAccount:PermitLimit", "2");
            With("RateLimiting:Rsvp:PerClient:PermitLimit", "3");
        }
    }

    [Fact]
    public async Task ForgotPassword_QueuesAtMostTheLimit_OfResetMailsPerAddress()
    {
        var email = DemoIds.Contact;
        using var client = app.Client();
        (await client.GetAsync("/api/account/antiforgery")).EnsureSuccessStatusCode();
        for (var i = 0; i < 2; i++) await (await client.PostAsync("/api/account/forgot-password", new { email })).ShouldBe(HttpStatusCode.Accepted);
        for (var i = 0; i < 8; i++)
            await (await client.PostAsync("/api/account/forgot-password", new { email })).ShouldBeProblem(HttpStatusCode.TooManyRequests, code: "rate_limited");
        (await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == email && m.Kind == "password-reset"))).Should().Be(2);
        // Unknown addresses are counted alike, so the limit says nothing about which addresses have accounts.
        for (var i = 0; i < 2; i++)
            await (await client.PostAsync("/api/account/forgot-password", new { email = "ingen.slik@example.org" })).ShouldBe(HttpStatusCode.Accepted);
        await (await client.PostAsync("/api/account/forgot-password", new { email = "ingen.slik@example.org" }))
            .ShouldBeProblem(HttpStatusCode.TooManyRequests, code: "rate_limited");
    }

    [Fact]
    public async Task Invitations_AreLimitedPerAdministrator()
    {
        using var admin = await app.SignInAsync(DemoIds.Admin);
        for (var i = 0; i < 2; i++)
            await (await admin.PostAsync("/api/accounts/invitations", new { personId = Guid.NewGuid() })).ShouldBeProblem(HttpStatusCode.BadRequest, "personId");
        var third = await admin.PostAsync("/api/accounts/invitations", new { personId = Guid.NewGuid() });
        await third.ShouldBeProblem(HttpStatusCode.TooManyRequests, code: "rate_limited");
        third.Headers.RetryAfter.Should().NotBeNull();
    }

    [Fact]
    public async Task OneClickAnswers_AreLimitedPerClient()
    {
        using var client = app.Client();
        for (var i = 0; i < 3; i++) (await client.GetAsync("/api/rsvp?token=gjett" + i)).StatusCode.Should().NotBe(HttpStatusCode.TooManyRequests);
        await (await client.GetAsync("/api/rsvp?token=gjett")).ShouldBeProblem(HttpStatusCode.TooManyRequests, code: "rate_limited");
    }
}
