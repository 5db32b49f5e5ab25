using System.Net;
using System.Text.RegularExpressions;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>Hangfire's dashboard at /admin/jobber: administrators only, everyone else 404, its buttons behind antiforgery.</summary>
public sealed class JobsDashboardTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    [Fact]
    public async Task Administrator_GetsTheDashboard_AndItsScriptsAndStyles()
    {
        using var admin = await app.SignInAsync(DemoIds.Admin);
        var response = await admin.GetAsync("/admin/jobber");
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        html.Should().Contain("Hangfire").And.Contain("bakgrunnsjobber").And.NotContain("<div id=\"root\"", "not the SPA's page");
        var assets = Regex.Matches(html, "(?:src|href)=\"(/admin/jobber/(?:js|css)[0-9]+)\"").Select(m => m.Groups[1].Value).ToList();
        assets.Should().HaveCountGreaterThanOrEqualTo(2, "the page links its script and stylesheet under its own path");
        foreach (var asset in assets) (await admin.GetAsync(asset)).StatusCode.Should().Be(HttpStatusCode.OK, asset);
        (await admin.GetAsync("/admin/jobber/recurring")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await admin.GetAsync("/admin/jobber/recurring")).Content.ReadAsStringAsync().Result.Should().Contain("outbox-dispatch");
    }

    [Theory]
    [InlineData(DemoIds.Secretariat)]
    [InlineData(DemoIds.SeatHolder)]
    [InlineData(null)]
    public async Task AnyoneButAnAdministrator_GetsNotFound(string? email)
    {
        using var client = email is null ? app.Client() : await app.SignInAsync(email);
        foreach (var path in new[] { "/admin/jobber", "/admin/jobber/recurring", "/admin/jobber/js18250" })
        {
            var response = await client.GetAsync(path);
            response.StatusCode.Should().Be(HttpStatusCode.NotFound, $"{email ?? "anonymous"} on {path}");
            response.Headers.Location.Should().BeNull();
        }
        var post = await client.Http.PostAsync("/admin/jobber/recurring/trigger",
            new FormUrlEncodedContent([new("jobs[]", "outbox-dispatch")]));
        post.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DashboardButton_WithoutTheAntiforgeryToken_IsRefused_AndWithIt_Works()
    {
        using var admin = await app.SignInAsync(DemoIds.Admin);
        var html = await (await admin.GetAsync("/admin/jobber/recurring")).Content.ReadAsStringAsync();
        var header = Regex.Match(html, "<meta name=\"csrf-header\" content=\"([^\"]+)\"").Groups[1].Value;
        var token = Regex.Match(html, "<meta name=\"csrf-token\" content=\"([^\"]+)\"").Groups[1].Value;
        header.Should().Be("X-XSRF-TOKEN", "the dashboard uses the app's antiforgery set-up");
        token.Should().NotBeEmpty();

        var forged = new HttpRequestMessage(HttpMethod.Post, "/admin/jobber/recurring/trigger")
        {
            Content = new FormUrlEncodedContent([new("jobs[]", "outbox-dispatch")]),
        };
        forged.Headers.Add(header, "not-the-token"); // present, so the test client does not add the real one
        (await admin.Http.SendAsync(forged)).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var genuine = new HttpRequestMessage(HttpMethod.Post, "/admin/jobber/recurring/trigger")
        {
            Content = new FormUrlEncodedContent([new("jobs[]", "outbox-dispatch")]),
        };
        genuine.Headers.Add(header, token);
        var answer = await admin.Http.SendAsync(genuine);
        answer.IsSuccessStatusCode.Should().BeTrue($"{(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
    }
}
