using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Nettverk.Api.Tests.Infrastructure;

/// <summary>HTTP with the app's JSON conventions, and helpers that read problem details.</summary>
public sealed class ApiClient(HttpClient http, CookieContainer cookies) : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public HttpClient Http => http;
    public CookieContainer Cookies => cookies;

    public async Task SignInAsync(string email, string password)
    {
        (await http.GetAsync("/api/account/antiforgery")).EnsureSuccessStatusCode();
        var response = await PostAsync("/api/account/login", new { email, password, rememberMe = false });
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"{email} signs in: {await response.Content.ReadAsStringAsync()}");
    }

    public Task<HttpResponseMessage> GetAsync(string url) => http.GetAsync(url);
    public Task<HttpResponseMessage> PostAsync(string url, object? body = null) => http.PostAsJsonAsync(url, body ?? new { }, Json);
    public Task<HttpResponseMessage> PutAsync(string url, object body) => http.PutAsJsonAsync(url, body, Json);
    public Task<HttpResponseMessage> DeleteAsync(string url) => http.DeleteAsync(url);

    public async Task<T> GetJsonAsync<T>(string url)
    {
        var response = await http.GetAsync(url);
        await response.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public async Task<JsonNode> GetNodeAsync(string url)
    {
        var response = await http.GetAsync(url);
        await response.ShouldBe(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>The items of a list's page (every list answers { items, total, pageNumber, pageSize }).</summary>
    public async Task<JsonArray> GetItemsAsync(string url) => (await GetNodeAsync(url))["items"]!.AsArray();

    public void Dispose() => http.Dispose();
}

public static class ResponseAssertions
{
    public static async Task<JsonNode?> ShouldBe(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered: {body}");
        return body.Length == 0 ? null : JsonNode.Parse(body);
    }

    /// <summary>Asserts a problem-details answer with the status, and the field named in its errors when given.</summary>
    public static async Task<JsonNode> ShouldBeProblem(this HttpResponseMessage response, HttpStatusCode status, string? field = null, string? code = null)
    {
        var node = (await response.ShouldBe(status))!;
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        node["status"]!.GetValue<int>().Should().Be((int)status);
        if (field is not null) (node["errors"]?[field]).Should().NotBeNull($"the problem names the field {field}: {node.ToJsonString()}");
        if (code is not null) (node["code"]?.GetValue<string>()).Should().Be(code, node.ToJsonString());
        return node;
    }

    public static async Task<T> Read<T>(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        await response.ShouldBe(status);
        return (await response.Content.ReadFromJsonAsync<T>(ApiClient.Json))!;
    }
}
