using System.Net;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>The public face: the owner and contact from configuration, and the accessibility statement that anyone reads
/// and only an administrator rewrites.</summary>
public sealed class SiteTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    const string Statement = "/api/site/accessibility-statement";

    [Fact]
    public async Task SiteInfo_IsPublic_ComesFromConfiguration_AndMayBeCached()
    {
        using var client = app.Client();
        var response = await client.GetAsync("/api/site");
        var site = (await response.ShouldBe(HttpStatusCode.OK))!;
        site["owner"]!.GetValue<string>().Should().Be("Vestfold og Telemark fylkeskommune");
        site["contactEmail"]!.GetValue<string>().Should().Be("post@vtfk.example.org");
        site["privacyUrl"]!.GetValue<string>().Should().StartWith("https://");
        response.Headers.CacheControl!.Public.Should().BeTrue();
        response.Headers.CacheControl.MaxAge.Should().BePositive();
    }

    [Fact]
    public async Task Statement_IsReadAnonymously_InTheShapeTheSupervisorAsksFor()
    {
        using var client = app.Client();
        var statement = (await (await client.GetAsync(Statement)).ShouldBe(HttpStatusCode.OK))!;
        var html = statement["html"]!.GetValue<string>();
        html.Should().Contain("<h2>Status for samsvar med kravene</h2>").And.Contain("WCAG 2.1")
            .And.Contain("<h2>Innhold som ikke er tilgjengelig</h2>").And.Contain("<h2>Tilbakemelding og kontakt</h2>")
            .And.Contain("href=\"https://www.uutilsynet.no/meld-fra/\"").And.Contain("<h2>Dato</h2>");
        statement["updatedAt"].Should().NotBeNull();
    }

    [Fact]
    public async Task Administrator_RewritesTheStatement_AndEveryoneReadsItSafely()
    {
        using var admin = await app.SignInAsync(DemoIds.Admin);
        var before = (await (await admin.GetAsync(Statement)).ShouldBe(HttpStatusCode.OK))!["markdown"]!.GetValue<string>();
        try
        {
            var written = await (await admin.PutAsync(Statement, new { markdown = "## Status\n\nDelvis i samsvar. <script>alert(1)</script> [x](javascript:alert(1))" }))
                .ShouldBe(HttpStatusCode.OK);
            written!["markdown"]!.GetValue<string>().Should().StartWith("## Status");

            using var anonymous = app.Client();
            var html = (await (await anonymous.GetAsync(Statement)).ShouldBe(HttpStatusCode.OK))!["html"]!.GetValue<string>();
            html.Should().Contain("<h2>Status</h2>").And.Contain("&lt;script&gt;").And.NotContain("<script>").And.NotContain("javascript:");
            var audited = await app.WithDbAsync(db => Task.FromResult(db.AuditEvents.Any(e => e.EntityType == "AccessibilityStatement")));
            audited.Should().BeTrue("a change to the statement leaves a trace like any other");
        }
        finally
        {
            await (await admin.PutAsync(Statement, new { markdown = before })).ShouldBe(HttpStatusCode.OK);
        }
    }

    [Theory]
    [InlineData(DemoIds.Secretariat)]
    [InlineData(DemoIds.SeatHolder)]
    public async Task NonAdministrator_MayNotRewriteTheStatement(string email)
    {
        using var client = await app.SignInAsync(email);
        await (await client.PutAsync(Statement, new { markdown = "## Status\n\nNoen andre skrev dette." }))
            .ShouldBeProblem(HttpStatusCode.Forbidden, code: "forbidden");
    }

    [Fact]
    public async Task Anonymous_MayNotRewriteTheStatement()
    {
        using var client = await app.AnonymousAsync();
        (await client.PutAsync(Statement, new { markdown = "## Status\n\nEn anonym skrev dette." })).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("""{"markdown":""}""")]
    [InlineData("""{"markdown":"For kort"}""")]
    [InlineData("""{}""")]
    public async Task BadStatement_Is400_NamingTheField(string json)
    {
        using var client = await app.SignInAsync(DemoIds.Admin);
        var response = await client.Http.PutAsync(Statement, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "markdown");
    }

    [Fact]
    public async Task TooLongStatement_Is400_NamingTheField()
    {
        using var client = await app.SignInAsync(DemoIds.Admin);
        await (await client.PutAsync(Statement, new { markdown = new string('a', 20001) })).ShouldBeProblem(HttpStatusCode.BadRequest, "markdown");
    }
}
