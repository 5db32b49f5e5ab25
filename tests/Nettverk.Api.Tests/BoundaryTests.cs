using System.Net;
using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>What the app was found to let through when probed from outside (issue 9): numbers out of range, enum values
/// outside their set, control characters, the wrong content type, formulas in CSV cells, and missing response headers.</summary>
public sealed class BoundaryTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("9999")]
    [InlineData("10000")]
    [InlineData("2147483647")]
    public async Task MeetingsOfAYear_OutOfRange_Is400NamingYear(string year)
    {
        using var client = await app.SignInAsync(DemoIds.Admin);
        var response = await client.GetAsync($"/api/bodies/{await app.NetworkAsync()}/meetings?year={year}");
        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "year", "validation");
    }

    [Theory]
    [InlineData("/api/bodies/{network}/meeting-plans/0", "year")]
    [InlineData("/api/bodies/{network}/meeting-plans/99999", "year")]
    [InlineData("/api/audit?page=2147483647", "page")]
    [InlineData("/api/audit?page=-3", "page")]
    [InlineData("/api/meetings/{meeting}/minutes/revisions/-1", "revision")]
    public async Task EveryNumericRouteOrQueryValue_OutOfRange_Is400NamingIt(string url, string field)
    {
        using var client = await app.SignInAsync(DemoIds.Admin);
        url = url.Replace("{network}", (await app.NetworkAsync()).ToString()).Replace("{meeting}", (await app.FirstMeetingAsync()).ToString());
        var response = await client.GetAsync(url);
        await response.ShouldBeProblem(HttpStatusCode.BadRequest, field, "validation");
    }

    [Fact]
    public async Task MeetingsOfAYear_InRange_StillAnswers()
    {
        using var client = await app.SignInAsync(DemoIds.Admin);
        await (await client.GetAsync($"/api/bodies/{await app.NetworkAsync()}/meetings?year=2021")).ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("POST", "/api/organisations", """{"name":"Testbedrift AS","kind":99}""", "kind")]
    [InlineData("POST", "/api/organisations", """{"name":"Testbedrift AS","kind":"99"}""", "kind")]
    [InlineData("POST", "/api/organisations", """{"name":"Testbedrift AS","kind":0}""", "kind")]
    [InlineData("POST", "/api/bodies", """{"name":"Et nytt organ","kind":7}""", "kind")]
    [InlineData("PUT", "/api/bodies/{network}", """{"name":"{networkName}","kind":42}""", "kind")]
    public async Task EnumValues_AreNamesOnly(string method, string url, string json, string field)
    {
        using var client = await app.SignInAsync(DemoIds.Admin);
        var network = await app.NetworkAsync();
        var name = await app.WithDbAsync(db => Task.FromResult(db.Bodies.Single(b => b.Id == network).Name));
        var response = await client.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), url.Replace("{network}", network.ToString()))
        {
            Content = new StringContent(json.Replace("{networkName}", name), Encoding.UTF8, "application/json"),
        });
        await response.ShouldBeProblem(HttpStatusCode.BadRequest, field, "validation");
    }

    [Theory]
    [InlineData("status=1")]
    [InlineData("status=99")]
    public async Task EnumQueryValues_AreNamesOnly(string query)
    {
        using var client = await app.SignInAsync(DemoIds.Admin);
        var response = await client.GetAsync($"/api/bodies/{await app.NetworkAsync()}/action-items?{query}");
        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "status", "validation");
    }

    [Fact]
    public async Task ControlCharacters_InAName_AreRefused_AndNothingIsStored()
    {
        using var client = await app.SignInAsync(DemoIds.Admin);
        var response = await client.PostAsync("/api/organisations", new { name = "ctl\u0000\u0001\u001b[31mRød AS", kind = "Business" });
        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "name", "validation");
        (await app.WithDbAsync(db => Task.FromResult(db.Organisations.Any(o => o.Name.StartsWith("ctl"))))).Should().BeFalse();

        var newline = await client.PostAsync("/api/organisations", new { name = "To\nlinjer AS", kind = "Business" });
        await newline.ShouldBeProblem(HttpStatusCode.BadRequest, "name", "validation");
    }

    [Fact]
    public async Task ControlCharacters_InNestedFields_AreNamedByPath()
    {
        using var client = await app.SignInAsync(DemoIds.Admin);
        var network = await app.NetworkAsync();
        var nho = await app.OrganisationAsync("NHO Vestfold og Telemark");
        var response = await client.PostAsync($"/api/bodies/{network}/nominations", new
        {
            organisationId = nho,
            representative = new { name = "Ny\u0007Person", email = "ny.person@example.org" },
        });
        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "representative.name", "validation");
    }

    [Fact]
    public async Task LongText_KeepsLineBreaksAndTabs_ButNotOtherControls()
    {
        using var client = await app.SignInAsync(DemoIds.Admin);
        var network = await app.NetworkAsync();
        var body = await client.GetNodeAsync($"/api/bodies/{network}");
        var name = body["name"]!.GetValue<string>();
        var ok = await client.PutAsync($"/api/bodies/{network}", new { name, kind = "Network", mandate = "Første avsnitt.\r\n\n\tAndre avsnitt." });
        await ok.ShouldBe(HttpStatusCode.OK);
        var bad = await client.PutAsync($"/api/bodies/{network}", new { name, kind = "Network", mandate = "Avsnitt\u0000" });
        await bad.ShouldBeProblem(HttpStatusCode.BadRequest, "mandate", "validation");
    }

    [Fact]
    public async Task WrongContentType_Is415ProblemDetails_Not404()
    {
        using var client = await app.SignInAsync(DemoIds.Admin);
        var response = await client.Http.PostAsync("/api/organisations",
            new StringContent("""{"name":"Testbedrift AS","kind":"Business"}""", Encoding.UTF8, "text/plain"));
        await response.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType, code: "unsupported_media_type");
    }

    [Fact]
    public async Task UnknownApiRoute_IsStill404ProblemDetails()
    {
        using var client = await app.SignInAsync(DemoIds.Admin);
        await (await client.GetAsync("/api/no-such-thing")).ShouldBeProblem(HttpStatusCode.NotFound, code: "not_found");
        await (await client.PostAsync("/api/no-such-thing", new { })).ShouldBeProblem(HttpStatusCode.NotFound, code: "not_found");
    }

    [Fact]
    public async Task ApiAnswers_AreNotCached_AndDocsHaveATightPolicy()
    {
        using var client = await app.SignInAsync(DemoIds.Admin);
        var me = await client.GetAsync("/api/account/me");
        me.Headers.CacheControl!.NoStore.Should().BeTrue();
        var docs = await client.GetAsync("/api/docs/index.html");
        docs.StatusCode.Should().Be(HttpStatusCode.OK);
        var csp = docs.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("default-src 'none'").And.Contain("script-src 'self'").And.NotContain("unsafe-eval");
        csp.Should().Contain("frame-ancestors 'none'");
    }

    [Fact]
    public async Task Hsts_IsSentOutsideDevelopment_AndTheServerIsNotNamed()
    {
        // The test host is "Testing", not Development; localhost is exempt from HSTS, a real host name is not.
        using var http = app.CreateDefaultClient(new Uri("https://nettverk.example.org"));
        var response = await http.GetAsync("/health");
        response.Headers.GetValues("Strict-Transport-Security").Single().Should().Contain("max-age=31536000");
        // TestServer is not Kestrel; what Kestrel would send is decided by its options.
        app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader.Should().BeFalse();
    }
}
