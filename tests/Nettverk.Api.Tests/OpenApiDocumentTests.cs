using System.Net;
using System.Text.Json.Nodes;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>The committed OpenAPI document is the contract the frontend's client is generated from: it must be what the
/// code serves. The build rewrites it, so a stale copy only survives when someone forgets to commit it.</summary>
public sealed class OpenApiDocumentTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    [Fact]
    public async Task CommittedDocument_IsWhatTheCodeProduces()
    {
        using var client = app.Client();
        var response = await client.GetAsync("/openapi/v1.json");
        var served = (await response.ShouldBe(HttpStatusCode.OK))!;
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepoRoot.Path, "backend", "openapi", "v1.json")))!;
        // The server list depends on the host that serves it; everything else must match.
        served.AsObject().Remove("servers");
        committed.AsObject().Remove("servers");
        JsonNode.DeepEquals(served, committed).Should().BeTrue(
            "backend/openapi/v1.json is out of date: build backend/Nettverk.Api and commit the document it writes");
    }

    [Fact]
    public async Task Document_NamesEveryOperation_AndTypesIntegersAsIntegers()
    {
        using var client = app.Client();
        var doc = (await (await client.GetAsync("/openapi/v1.json")).ShouldBe(HttpStatusCode.OK))!;
        var operations = doc["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject()).ToList();
        operations.Should().HaveCountGreaterThan(30);
        operations.Should().OnlyContain(o => o.Value!["operationId"] != null, "each route is mapped WithName for the client");
        doc["components"]!["schemas"]!["MeetingRulesDto"]!["properties"]!["maxMeetingsPerYear"]!["type"]!.ToJsonString()
            .Should().Contain("integer").And.NotContain("string");
    }

    [Fact]
    public async Task Document_SaysWhichOperationsArePublic_AndWhatASignedInOneAnswersWithoutASession()
    {
        using var client = app.Client();
        var doc = (await (await client.GetAsync("/openapi/v1.json")).ShouldBe(HttpStatusCode.OK))!;
        doc["components"]!["securitySchemes"]!["session"]!["in"]!.GetValue<string>().Should().Be("cookie");
        JsonNode Op(string path, string method) => doc["paths"]![path]![method]!;
        Op("/api/rsvp", "get")["security"]!.AsArray().Should().BeEmpty("the one-click answer page needs no sign-in");
        Op("/api/public/bodies/{bodyId}/calendar.ics", "get")["security"]!.AsArray().Should().BeEmpty();
        Op("/api/account/login", "post")["security"]![0]!.AsObject().Select(p => p.Key).Should().Equal("xsrf");
        var me = Op("/api/account/me", "get");
        me["security"]![0]!.AsObject().Select(p => p.Key).Should().Equal("session");
        me["responses"]!["401"].Should().NotBeNull();
        Op("/api/nominations", "get")["responses"]!["401"]!["content"]!["application/problem+json"].Should().NotBeNull();
        // A nullable enum is oneOf [null, $ref]: the shared enum must not list null too, or a null matches both branches.
        doc["components"]!["schemas"]!["Rsvp"]!["enum"]!.AsArray().Should().NotContain(v => v == null);
        doc["components"]!["schemas"]!["MeetingSummary"]!["properties"]!["myAnswer"]!["oneOf"]!.ToJsonString().Should().Contain("null");
    }

    [Fact]
    public async Task ApiReferencePage_IsServed()
    {
        using var client = app.Client();
        var response = await client.GetAsync("/api/docs/index.html");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("swagger");
    }
}
