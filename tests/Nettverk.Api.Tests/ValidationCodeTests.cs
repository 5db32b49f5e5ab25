using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>Every field error carries a stable code with its parameters (<c>fieldErrors</c>), which the SPA words in
/// Norwegian; <c>errors</c> keeps the English words for API users and logs.</summary>
public sealed class ValidationCodeTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    [Fact]
    public async Task AMeetingEndingBeforeItStarts_Is400_WithTheRulesCode()
    {
        using var client = await app.SignInAsync(DemoIds.Secretariat);
        var response = await client.PostAsync($"/api/bodies/{await app.NetworkAsync()}/meetings", new
        {
            title = "Baklengs møte", startsAt = "2027-03-10T14:00:00", endsAt = "2027-03-10T12:00:00", format = "Physical", location = "Rom 1",
        });
        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "endsAt", "validation");
        FirstError(problem, "endsAt")["code"]!.GetValue<string>().Should().Be("meeting_ends_before_start");
        FirstError(problem, "endsAt")["params"]!.AsObject().Should().BeEmpty();
        problem["errors"]!["endsAt"]![0]!.GetValue<string>().Should().Be("The meeting must end after it starts.", "the English words stay for API users");
    }

    [Fact]
    public async Task ATooLongName_IsTooLong_WithItsMaximum_AndATooShortOne_TooShort()
    {
        using var client = await app.SignInAsync(DemoIds.Admin);
        var tooLong = await (await client.PostAsync("/api/organisations", new { name = new string('x', 201), kind = "Business" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "name", "validation");
        FirstError(tooLong, "name")["code"]!.GetValue<string>().Should().Be("too_long");
        FirstError(tooLong, "name")["params"]!["max"]!.GetValue<int>().Should().Be(200);

        var tooShort = await (await client.PostAsync("/api/organisations", new { name = "T", kind = "Business" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "name", "validation");
        FirstError(tooShort, "name")["code"]!.GetValue<string>().Should().Be("too_short");
        FirstError(tooShort, "name")["params"]!["min"]!.GetValue<int>().Should().Be(2);
    }

    [Theory]
    [InlineData("POST", "/api/organisations", """{"kind":"Business"}""", "name", "required")]
    [InlineData("POST", "/api/organisations", """{"name":"Testbedrift AS","kind":"Business","email":"ikke-en-adresse"}""", "email", "invalid_email")]
    [InlineData("POST", "/api/organisations", """{"name":"Testbedrift AS","kind":"Business","organisationNumber":"12345"}""", "organisationNumber", "invalid_organisation_number")]
    [InlineData("POST", "/api/organisations", """{"name":42,"kind":"Business"}""", "name", "invalid_value")]
    [InlineData("POST", "/api/organisations", "{\"name\":\"ctl\\u0000\",\"kind\":\"Business\"}", "name", "control_characters")]
    [InlineData("GET", "/api/audit?pageSize=500", null, "pageSize", "out_of_range")]
    [InlineData("POST", "/api/account/reset-password", """{"email":"admin@example.org","token":"nonsense","newPassword":"Kort1!"}""", "newPassword", "too_short")]
    public async Task EachKindOfRefusal_NamesItsCode(string method, string url, string? json, string field, string code)
    {
        using var client = await app.SignInAsync(DemoIds.Admin);
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        var problem = await (await client.Http.SendAsync(request)).ShouldBeProblem(HttpStatusCode.BadRequest, field);
        problem["fieldErrors"]![field]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).Should().Contain(code, problem.ToJsonString());
    }

    static JsonNode FirstError(JsonNode problem, string field) =>
        problem["fieldErrors"]?[field]?[0] ?? throw new InvalidOperationException($"No fieldErrors.{field}: {problem.ToJsonString()}");
}
