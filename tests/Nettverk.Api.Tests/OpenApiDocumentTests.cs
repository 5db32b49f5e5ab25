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
    public async Task EveryOperation_DeclaresTheProblemsItsKindCanGive()
    {
        var doc = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepoRoot.Path, "backend", "openapi", "v1.json")))!;
        var missing = new List<string>();
        foreach (var (path, item) in doc["paths"]!.AsObject())
            foreach (var (method, operation) in item!.AsObject())
            {
                var responses = operation!["responses"]!.AsObject();
                var signedIn = operation["security"]!.AsArray().Any(r => r!["session"] is not null);
                var safe = method is "get" or "head";
                void Expect(bool when, string status, string why)
                {
                    if (when && !responses.ContainsKey(status)) missing.Add($"{method.ToUpperInvariant()} {path}: {status} ({why})");
                }
                Expect(signedIn, "401", "signed in");
                Expect(path.Contains('{'), "404", "a route value names something");
                Expect(!safe, "400", "antiforgery on an unsafe method");
                Expect(operation["requestBody"] is not null, "413", "reads a body");
                Expect(operation["requestBody"] is not null, "415", "reads a body");
                Expect(Nettverk.Api.Common.RateLimits.Covering(method.ToUpperInvariant(), path) is not null, "429", "rate-limited");

                responses.Should().NotContainKey("500", "a 500 is a bug, never a contract");
                if (responses["429"] is { } limited) limited["headers"]?["Retry-After"].Should().NotBeNull($"{path} says when to retry");
                if (responses["409"] is { } conflict)
                    DeclaredAnswers.Codes(conflict).Should().NotBeNullOrEmpty($"{method} {path} lists the codes of its 409 (.ProducesRuleConflict)");
                foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
                    response!["content"]?["application/problem+json"].Should().NotBeNull($"{method} {path} {status} is problem details");
            }
        missing.Should().BeEmpty();
    }

    [Fact]
    public void AnAnswerTheDocumentDoesNotDeclare_IsReported()
    {
        var declared = DeclaredAnswers.Committed;
        declared.Undeclared([new("GET", "/api/bodies/{id}", "/api/bodies/x", 404, "not_found")]).Should().BeEmpty();
        declared.Undeclared([new("GET", "/api/bodies/{id}", "/api/bodies/x", 409, "conflict")]).Should().ContainSingle()
            .Which.Should().Contain("409");
        declared.Undeclared([new("POST", "/api/bodies/{bodyId}/memberships", "/api/bodies/x/memberships", 409, "no_such_rule")])
            .Should().ContainSingle().Which.Should().Contain("already_member", "a 409's code must be one the document lists");
        // Routing's own 415 has no route pattern: the operation is found by the path.
        declared.Undeclared([new("POST", null, "/api/organisations", 415, "unsupported_media_type")]).Should().BeEmpty();
        declared.Undeclared([new("PUT", null, "/api/meetings/m/agenda-items/order", 503, null)]).Should().ContainSingle()
            .Which.Should().Contain("/api/meetings/{id}/agenda-items/order");
    }

    [Fact]
    public async Task TheTestHost_RecordsEachApiAnswer_ByItsOperation()
    {
        using var client = app.Client();
        await client.GetAsync($"/api/bodies/{Guid.NewGuid()}");
        app.Answers.Answers.Should().Contain(a => a.Method == "GET" && a.Route == "/api/bodies/{id}" && a.Status == 401 && a.Code == "unauthorized");
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
