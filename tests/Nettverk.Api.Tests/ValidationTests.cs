using System.Net;
using System.Text;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>Bad input answers 400 with problem details that name the field, never 500; conflicts answer 409 with a code.</summary>
public sealed class ValidationTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    public static TheoryData<string, string, string, string> BadRequests => new()
    {
        // method, url, JSON body, the field the problem must name
        { "POST", "/api/organisations", """{"name":"Testbedrift AS","kind":"Business","organisationNumber":"974760674"}""", "organisationNumber" },
        { "POST", "/api/organisations", """{"name":"Testbedrift AS","kind":"Business","organisationNumber":"12345"}""", "organisationNumber" },
        { "POST", "/api/organisations", """{"name":"Testbedrift AS","kind":"Bakery"}""", "kind" },
        { "POST", "/api/organisations", """{"name":"T","kind":"Business"}""", "name" },
        { "POST", "/api/organisations", """{"kind":"Business"}""", "name" },
        { "POST", "/api/organisations", """{"name":"Testbedrift AS","kind":"Business","email":"ikke-en-adresse"}""", "email" },
        { "POST", "/api/organisations", """{"name":"Testbedrift AS","kind":"Business","website":"ftp//x"}""", "website" },
        { "POST", "/api/organisations", """{"name":42,"kind":"Business"}""", "name" },
        { "POST", "/api/people", """{"name":"Ola Nordmann","email":"ola@"}""", "email" },
        { "POST", "/api/people", """{"name":"Ola Nordmann","email":"ola@example.org","organisationId":"not-a-guid"}""", "organisationId" },
        { "POST", "/api/people", """{"name":"Ola Nordmann","email":"ola@example.org","organisationId":"0198a6d2-0000-7000-8000-000000000000"}""", "organisationId" },
        { "PUT", "/api/bodies/{network}", """{"name":"{networkName}","kind":"Network","meetingRules":{"preferredMonths":[2,13]}}""", "meetingRules.preferredMonths" },
        { "PUT", "/api/bodies/{network}", """{"name":"{networkName}","kind":"Network","meetingRules":{"maxMeetingsPerYear":"fire"}}""", "meetingRules.maxMeetingsPerYear" },
        { "PUT", "/api/bodies/{network}", """{"name":"{networkName}","kind":"Network","meetingRules":{"maxMeetingsPerYear":0}}""", "meetingRules.maxMeetingsPerYear" },
        { "PUT", "/api/bodies/{network}", """{"name":"{networkName}","kind":"Network","meetingRules":{"openMeetingsMin":3,"openMeetingsMax":1}}""", "meetingRules.openMeetingsMin" },
        { "PUT", "/api/bodies/{network}", """{"name":"{networkName}","kind":"Network","meetingRules":{"maxMeetingsPerYear":4,"openMeetingsMax":5}}""", "meetingRules.openMeetingsMax" },
        { "PUT", "/api/bodies/{network}", """{"name":"{networkName}","kind":"Network","adoptedOn":"9. mars 2021"}""", "adoptedOn" },
        { "PUT", "/api/bodies/{network}", """{"name":"{networkName}","kind":"Network","reportsToBodyIds":["{network}"]}""", "reportsToBodyIds" },
        { "PUT", "/api/bodies/{network}", """{"name":"{networkName}","kind":"Network","tasks":["{longTask}"]}""", "tasks" },
        { "POST", "/api/bodies/{network}/nominations", """{"organisationId":"{nho}","representative":{"name":"Ny Person"}}""", "representative.email" },
        { "POST", "/api/bodies/{network}/nominations", """{"organisationId":"{nho}","representative":{"name":"Ny Person","email":"ny@example.org"},"deputies":[{"email":"vara@example.org"}]}""", "deputies[0].name" },
        { "POST", "/api/bodies/{network}/memberships/{membership}/seats", """{"role":"Boss","deputyIds":[]}""", "role" },
        { "POST", "/api/bodies/{network}/memberships/{membership}/seats", """{"role":"Member","termStart":"2026-01-01","termEnd":"2025-12-31","deputyIds":[]}""", "termEnd" },
        { "POST", "/api/account/reset-password", """{"email":"admin@example.org","token":"nonsense","newPassword":"Kort1!"}""", "newPassword" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task BadInput_Is400_NamingTheField(string method, string url, string json, string field)
    {
        using var client = await app.SignInAsync(DemoIds.Admin);
        var response = await SendAsync(client, method, await FillAsync(url), await FillAsync(json));
        await response.ShouldBeProblem(HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("{\"name\":\"Uavsluttet\"")]
    [InlineData("[]")]
    [InlineData("")]
    [InlineData("null")]
    public async Task MalformedJson_Is400_Not500(string json)
    {
        using var client = await app.SignInAsync(DemoIds.Admin);
        var response = await SendAsync(client, "POST", "/api/organisations", json);
        await response.ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task UnknownId_Is404ProblemDetails()
    {
        using var client = await app.SignInAsync(DemoIds.Admin);
        await (await client.GetAsync($"/api/organisations/{Guid.NewGuid()}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/people/{Guid.NewGuid()}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/bodies/{Guid.NewGuid()}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/no-such-endpoint")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OrganisationNumber_WithSpaces_IsAccepted_AndStoredAsNineDigits_AndADuplicateIs409()
    {
        using var client = await app.SignInAsync(DemoIds.Admin);
        var created = (await (await client.PostAsync("/api/organisations",
            new { name = "Brønnøysund Testbedrift", kind = "Business", organisationNumber = "981 544 315" })).ShouldBe(HttpStatusCode.Created))!;
        created["organisationNumber"]!.GetValue<string>().Should().Be("981544315");

        var again = await client.PostAsync("/api/organisations", new { name = "Kopi", kind = "Business", organisationNumber = "981544315" });
        await again.ShouldBeProblem(HttpStatusCode.Conflict, code: "duplicate_organisation_number");
    }

    [Fact]
    public async Task Person_WithAnEmailAlreadyRegistered_Is409_WhateverTheCase()
    {
        using var client = await app.SignInAsync(DemoIds.Admin);
        var response = await client.PostAsync("/api/people", new { name = "Kopi Person", email = DemoIds.SeatHolder.ToUpperInvariant() });
        await response.ShouldBeProblem(HttpStatusCode.Conflict, code: "duplicate_email");
    }

    [Fact]
    public async Task AddingAMemberTwice_Is409AlreadyMember()
    {
        using var client = await app.SignInAsync(DemoIds.Secretariat);
        var network = await app.NetworkAsync();
        var lo = await app.OrganisationAsync("LO Vestfold og Telemark");
        var response = await client.PostAsync($"/api/bodies/{network}/memberships", new { organisationId = lo });
        await response.ShouldBeProblem(HttpStatusCode.Conflict, code: "already_member");
    }

    static async Task<HttpResponseMessage> SendAsync(ApiClient client, string method, string url, string json) =>
        await client.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        });

    async Task<string> FillAsync(string text)
    {
        if (!text.Contains('{', StringComparison.Ordinal)) return text;
        var network = await app.NetworkAsync();
        var nho = await app.OrganisationAsync("NHO Vestfold og Telemark");
        var membership = await app.WithDbAsync(db => Task.FromResult(db.Memberships
            .Where(m => m.BodyId == network && m.OrganisationId == nho).Select(m => m.Id).Single()));
        return text.Replace("{network}", network.ToString()).Replace("{nho}", nho.ToString())
            .Replace("{membership}", membership.ToString())
            .Replace("{networkName}", Demo.DemoData.NetworkName).Replace("{longTask}", new string('x', 1001));
    }
}
