using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nettverk.Api.Features.Accounts;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>A session ends for real: a cookie replayed after sign-out, after a password reset or after an administrator
/// ended the person's sessions is not signed in.</summary>
public sealed class SessionTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    static readonly Uri Origin = new("https://localhost");

    async Task<string> FreshAccountAsync() => await app.AccountForAsync(await app.WithDbAsync(db =>
        db.People.Where(p => p.UserId == null).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync()));

    /// <summary>A second browser holding a copy of the first one's session cookie.</summary>
    ApiClient Replay(ApiClient from)
    {
        var copy = app.Client();
        var session = from.Cookies.GetCookies(Origin).Single(c => c.Name == "Nettverk.Session");
        copy.Cookies.Add(Origin, new Cookie(session.Name, session.Value, "/", "localhost"));
        return copy;
    }

    [Fact]
    public async Task CookieReplayedAfterLogout_IsNotSignedIn()
    {
        using var client = await app.SignInAsync(DemoIds.SeatHolder);
        using var replay = Replay(client);
        await (await replay.GetAsync("/api/account/me")).ShouldBe(HttpStatusCode.OK);
        await (await client.PostAsync("/api/account/logout")).ShouldBe(HttpStatusCode.NoContent);
        await (await replay.GetAsync("/api/account/me")).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task LogoutEndsThatSessionOnly()
    {
        using var laptop = await app.SignInAsync(DemoIds.CommitteeMember);
        using var phone = await app.SignInAsync(DemoIds.CommitteeMember);
        await (await laptop.PostAsync("/api/account/logout")).ShouldBe(HttpStatusCode.NoContent);
        await (await phone.GetAsync("/api/account/me")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task CookieTakenBeforeAPasswordReset_IsNotSignedIn()
    {
        var email = await FreshAccountAsync();
        using var before = await app.SignInAsync(email);
        using var client = app.Client();
        (await client.GetAsync("/api/account/antiforgery")).EnsureSuccessStatusCode();
        await (await client.PostAsync("/api/account/forgot-password", new { email })).ShouldBe(HttpStatusCode.Accepted);
        var mail = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == email && m.Kind == "password-reset").SingleAsync());
        var token = System.Web.HttpUtility.ParseQueryString(new Uri(Regex.Match(mail.TextBody, @"https://\S+").Value).Query)["token"];
        await (await client.PostAsync("/api/account/reset-password", new { email, token, newPassword = "Et-nytt-passord-42" }))
            .ShouldBe(HttpStatusCode.NoContent);
        await (await before.GetAsync("/api/account/me")).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AdministratorEndsSessions_EverySessionOfThePersonIsSignedOut()
    {
        var email = await FreshAccountAsync();
        using var one = await app.SignInAsync(email);
        using var two = await app.SignInAsync(email);
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        using var admin = await app.SignInAsync(DemoIds.Admin);
        await (await admin.PostAsync($"/api/accounts/{userId}/end-sessions")).ShouldBe(HttpStatusCode.NoContent);
        await (await one.GetAsync("/api/account/me")).ShouldBeProblem(HttpStatusCode.Unauthorized);
        await (await two.GetAsync("/api/account/me")).ShouldBeProblem(HttpStatusCode.Unauthorized);
        await (await admin.GetAsync("/api/account/me")).ShouldBe(HttpStatusCode.OK);
        using var again = await app.SignInAsync(email);
    }

    [Fact]
    public async Task EndSessions_IsForAdministratorsOnly_AndNamesAnAccount()
    {
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoIds.Admin).Select(u => u.Id).SingleAsync());
        await (await secretariat.PostAsync($"/api/accounts/{userId}/end-sessions")).ShouldBe(HttpStatusCode.Forbidden);
        using var admin = await app.SignInAsync(DemoIds.Admin);
        await (await admin.PostAsync($"/api/accounts/{Guid.NewGuid()}/end-sessions")).ShouldBeProblem(HttpStatusCode.NotFound, code: "not_found");
    }
}

/// <summary>Sign-in for an unknown address checks a password hash as a real one does, so the time taken does not tell
/// which addresses have accounts. (Counted, not timed: timing tests are noise on a shared machine.)</summary>
public sealed class SignInHashingTests(SignInHashingTests.CountingApp app) : IClassFixture<SignInHashingTests.CountingApp>
{
    public sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        readonly PasswordHasher<AppUser> inner = new();
        public int Verifications;
        public string HashPassword(AppUser user, string password) => inner.HashPassword(user, password);
        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref Verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    public sealed class CountingApp : NettverkApp
    {
        public CountingHasher Hasher { get; } = new();
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<AppUser>>(Hasher));
        }
    }

    [Theory]
    [InlineData("ingen.slik@example.org")]
    [InlineData(DemoIds.SeatHolder)]
    public async Task EverySignInChecksAPasswordHash(string email)
    {
        using var client = app.Client();
        (await client.GetAsync("/api/account/antiforgery")).EnsureSuccessStatusCode();
        var before = app.Hasher.Verifications;
        await (await client.PostAsync("/api/account/login", new { email, password = "wrong-password-1" }))
            .ShouldBeProblem(HttpStatusCode.Unauthorized, code: "invalid_credentials");
        app.Hasher.Verifications.Should().Be(before + 1);
    }
}
