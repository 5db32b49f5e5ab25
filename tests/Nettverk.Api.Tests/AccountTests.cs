using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

public sealed class AccountTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    [Fact]
    public async Task Me_WhenAnonymous_Is401()
    {
        using var client = app.Client();
        await (await client.GetAsync("/api/account/me")).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Login_AsSecretariat_ReturnsMeWithBodyRoles_AndSecureCookies()
    {
        using var client = app.Client();
        (await client.GetAsync("/api/account/antiforgery")).EnsureSuccessStatusCode();
        var response = await client.PostAsync("/api/account/login", new { email = DemoIds.Secretariat, password = Demo.DemoData.Password });
        var me = (await response.ShouldBe(HttpStatusCode.OK))!;
        me["displayName"]!.GetValue<string>().Should().Be("Silje Kvamme");
        me["roles"]!.AsArray().Select(r => r!.GetValue<string>()).Should().Equal("Secretariat");
        me["bodies"]!.AsArray().Should().ContainSingle(b => b!["bodyName"]!.GetValue<string>() == Demo.DemoData.NetworkName
            && b["roles"]!.AsArray().Any(r => r!.GetValue<string>() == "Secretariat"));

        var setCookies = response.Headers.GetValues("Set-Cookie").ToList();
        var session = setCookies.Single(c => c.StartsWith("Nettverk.Session=", StringComparison.Ordinal)).ToLowerInvariant();
        session.Should().Contain("secure").And.Contain("httponly").And.Contain("samesite=lax");
        var xsrf = setCookies.Single(c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal)).ToLowerInvariant();
        xsrf.Should().Contain("secure").And.NotContain("httponly");

        await (await client.GetAsync("/api/account/me")).ShouldBe(HttpStatusCode.OK);
        await (await client.PostAsync("/api/account/logout")).ShouldBe(HttpStatusCode.NoContent);
        await (await client.GetAsync("/api/account/me")).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Login_WithWrongPassword_Is401InvalidCredentials()
    {
        using var client = app.Client();
        (await client.GetAsync("/api/account/antiforgery")).EnsureSuccessStatusCode();
        var response = await client.PostAsync("/api/account/login", new { email = DemoIds.SeatHolder, password = "wrong-password-1" });
        await response.ShouldBeProblem(HttpStatusCode.Unauthorized, code: "invalid_credentials");
    }

    [Fact]
    public async Task Login_AfterFiveFailures_IsLockedOut_EvenWithTheRightPassword()
    {
        var email = await app.AccountForAsync(await app.WithDbAsync(db =>
            db.People.Where(p => p.UserId == null).Select(p => p.Id).FirstAsync()));
        using var client = app.Client();
        (await client.GetAsync("/api/account/antiforgery")).EnsureSuccessStatusCode();
        for (var i = 0; i < 5; i++)
            await client.PostAsync("/api/account/login", new { email, password = "wrong-password-1" });
        var response = await client.PostAsync("/api/account/login", new { email, password = Demo.DemoData.Password });
        // Refused with the same answer as a wrong password, so a lockout does not tell a prober the account exists.
        await response.ShouldBeProblem(HttpStatusCode.Unauthorized, code: "invalid_credentials");
        (await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync())).Should().NotBeNull();
    }

    [Fact]
    public async Task Login_UnknownLockedAndWrongPassword_AnswerAlike()
    {
        var locked = await app.AccountForAsync(await app.WithDbAsync(db =>
            db.People.Where(p => p.UserId == null).OrderBy(p => p.Email).Select(p => p.Id).FirstAsync()));
        using var client = app.Client();
        (await client.GetAsync("/api/account/antiforgery")).EnsureSuccessStatusCode();
        for (var i = 0; i < 5; i++) await client.PostAsync("/api/account/login", new { email = locked, password = "wrong-password-1" });

        async Task<string> AnswerAsync(string email, string password)
        {
            var response = await client.PostAsync("/api/account/login", new { email, password });
            var node = (await response.ShouldBeProblem(HttpStatusCode.Unauthorized, code: "invalid_credentials")).AsObject();
            node.Remove("traceId");
            return node.ToJsonString();
        }
        var unknown = await AnswerAsync("ingen.slik@example.org", Demo.DemoData.Password);
        (await AnswerAsync(locked, Demo.DemoData.Password)).Should().Be(unknown);
        (await AnswerAsync(DemoIds.Contact, "wrong-password-1")).Should().Be(unknown);
    }

    [Fact]
    public async Task ResetPassword_UnknownAddressAndWrongToken_AnswerAlike()
    {
        using var client = app.Client();
        (await client.GetAsync("/api/account/antiforgery")).EnsureSuccessStatusCode();
        async Task<string> AnswerAsync(string email)
        {
            var response = await client.PostAsync("/api/account/reset-password", new { email, token = "nonsense", newPassword = "Et-nytt-passord-42" });
            var node = (await response.ShouldBeProblem(HttpStatusCode.BadRequest, "token", "validation")).AsObject();
            node.Remove("traceId");
            return node.ToJsonString();
        }
        (await AnswerAsync(DemoIds.Contact)).Should().Be(await AnswerAsync("ingen.slik@example.org"));
    }

    [Fact]
    public async Task UnsafeRequest_WithoutAntiforgeryHeader_IsRefused()
    {
        using var client = await app.SignInAsync(DemoIds.Admin);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/organisations")
        {
            Content = JsonContent.Create(new { name = "Uten token AS", kind = "Business" }),
        };
        request.Headers.Add("X-XSRF-TOKEN", "forged");
        await (await client.Http.SendAsync(request)).ShouldBeProblem(HttpStatusCode.BadRequest, code: "antiforgery");
        (await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == "Uten token AS"))).Should().BeFalse();
    }

    [Fact]
    public async Task PasswordReset_ByEmailLink_SetsANewPassword_AndTheLinkWorksOnce()
    {
        var email = await app.AccountForAsync(await app.WithDbAsync(db =>
            db.People.Where(p => p.UserId == null).OrderByDescending(p => p.Name).Select(p => p.Id).FirstAsync()));
        using var client = app.Client();
        (await client.GetAsync("/api/account/antiforgery")).EnsureSuccessStatusCode();
        await (await client.PostAsync("/api/account/forgot-password", new { email })).ShouldBe(HttpStatusCode.Accepted);
        await (await client.PostAsync("/api/account/forgot-password", new { email = "nobody@example.org" })).ShouldBe(HttpStatusCode.Accepted);

        var mail = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == email && m.Kind == "password-reset").SingleAsync());
        var link = Regex.Match(mail.TextBody, @"https://\S+").Value;
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(link).Query);
        query["email"].Should().Be(email);

        var reset = new { email, token = query["token"], newPassword = "Et-nytt-passord-42" };
        await (await client.PostAsync("/api/account/reset-password", reset)).ShouldBe(HttpStatusCode.NoContent);
        await (await client.PostAsync("/api/account/reset-password", reset with { newPassword = "Et-tredje-passord-43" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, field: "token");
        await client.SignInAsync(email, "Et-nytt-passord-42");
    }

    [Fact]
    public async Task Invitation_ByAdministrator_LetsThePersonChooseAPassword()
    {
        using var admin = await app.SignInAsync(DemoIds.Admin);
        var person = (await (await admin.PostAsync("/api/people", new { name = "Nora Invitert", email = "nora.invitert@example.org" }))
            .ShouldBe(HttpStatusCode.Created))!;
        var personId = person["id"]!.GetValue<Guid>();
        await (await admin.PostAsync("/api/accounts/invitations", new { personId, roles = new[] { "Secretariat" } })).ShouldBe(HttpStatusCode.Created);
        await (await admin.PostAsync("/api/accounts/invitations", new { personId })).ShouldBeProblem(HttpStatusCode.Conflict, code: "account_exists");

        var mail = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == "nora.invitert@example.org").SingleAsync());
        mail.Kind.Should().Be("account-invitation");
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(Regex.Match(mail.TextBody, @"https://\S+").Value).Query);

        using var nora = app.Client();
        (await nora.GetAsync("/api/account/antiforgery")).EnsureSuccessStatusCode();
        // Before accepting there is no password to sign in with.
        await (await nora.PostAsync("/api/account/login", new { email = "nora.invitert@example.org", password = "Noras-passord-1" }))
            .ShouldBeProblem(HttpStatusCode.Unauthorized);
        await (await nora.PostAsync("/api/account/accept-invitation", new { userId = query["userId"], token = "tampered", password = "Noras-passord-1" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, field: "token");
        await (await nora.PostAsync("/api/account/accept-invitation", new { userId = query["userId"], token = query["token"], password = "Noras-passord-1" }))
            .ShouldBe(HttpStatusCode.NoContent);
        await nora.SignInAsync("nora.invitert@example.org", "Noras-passord-1");
        var me = await nora.GetNodeAsync("/api/account/me");
        me["roles"]!.AsArray().Select(r => r!.GetValue<string>()).Should().Equal("Secretariat");
        me["personId"]!.GetValue<Guid>().Should().Be(personId);
    }
}
