using System.Net;
using System.Net.Http.Json;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>Every hearing endpoint against: anonymous, a member of another body, another organisation's contact (LO's,
/// where NHO is the party), the party's own seat holder (NHO's representative, a member of the body) and the body's
/// secretariat. Where one may not read, 404 (never 403); a member who sees the hearing but may not manage it, 403.</summary>
public sealed class HearingAuthorizationTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    const string Form = "<form>";

    [Fact]
    public async Task EveryHearingEndpoint_AnswersEachKindOfCaller_AsItMay()
    {
        var network = await app.NetworkAsync();
        var nhoOrg = await app.OrganisationAsync("NHO Vestfold og Telemark");
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var now = DateTime.UtcNow;
        var hearing = (await (await secretariat.PostAsync($"/api/bodies/{network}/hearings", new
        {
            title = "Matrisehøring", opensAt = now.AddDays(-1), closesAt = now.AddDays(30), publishResponses = true,
        })).ShouldBe(HttpStatusCode.Created))!;
        var id = hearing["id"]!.GetValue<string>();
        var slug = hearing["slug"]!.GetValue<string>();
        var draftSlug = (await (await secretariat.PostAsync($"/api/bodies/{network}/hearings", new
        {
            title = "Utkast", opensAt = now.AddDays(-1), closesAt = now.AddDays(30),
        })).ShouldBe(HttpStatusCode.Created))!["slug"]!.GetValue<string>();
        var parties = (await (await secretariat.PostAsync($"/api/hearings/{id}/parties", new
        {
            organisationIds = new[] { nhoOrg }, persons = new[] { new { name = "Kari Nordmann", email = "kari.nordmann@example.org" } },
        })).ShouldBe(HttpStatusCode.OK))!.AsArray();
        var nho = parties.Single(p => p!["kind"]!.GetValue<string>() == "Organisation")!["id"]!.GetValue<string>();
        var person = parties.Single(p => p!["kind"]!.GetValue<string>() == "Person")!["id"]!.GetValue<string>();
        await (await secretariat.PostAsync($"/api/hearings/{id}/open")).ShouldBe(HttpStatusCode.OK);
        var unknown = Guid.NewGuid();
        const string badToken = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

        using var anonymous = await app.AnonymousAsync();
        using var other = await app.SignInAsync(await app.OtherBodySeatHolderAsync());
        using var loContact = await app.SignInAsync(DemoIds.Contact);
        using var nhoRep = await app.SignInAsync(DemoIds.SeatHolder);
        ApiClient[] callers = [anonymous, other, loContact, nhoRep, secretariat];

        // Expected status per caller: anonymous, other body's member, LO's contact, NHO's representative, secretariat.
        var cases = new List<(string Method, string Url, object? Body, int[] Expected)>
        {
            ("GET", $"/api/bodies/{network}/hearings", null, [401, 404, 200, 200, 200]),
            ("POST", $"/api/bodies/{network}/hearings", new { title = "X y", opensAt = now, closesAt = now.AddDays(-1) }, [401, 404, 403, 403, 400]),
            ("GET", $"/api/hearings/{id}", null, [401, 404, 200, 200, 200]),
            ("PUT", $"/api/hearings/{id}", new { title = "X y", opensAt = now, closesAt = now.AddDays(-1) }, [401, 404, 403, 403, 400]),
            ("POST", $"/api/hearings/{id}/open", null, [401, 404, 403, 403, 409]),
            ("POST", $"/api/hearings/{id}/summary", new { summary = "Kort." }, [401, 404, 403, 403, 409]),
            ("POST", $"/api/hearings/{id}/send", null, [401, 404, 403, 403, 409]),
            ("POST", $"/api/hearings/{id}/documents", Form, [401, 404, 403, 403, 400]),
            ("GET", $"/api/hearings/{id}/parties", null, [401, 404, 403, 403, 200]),
            ("POST", $"/api/hearings/{id}/parties", new { organisationIds = new[] { unknown } }, [401, 404, 403, 403, 400]),
            ("DELETE", $"/api/hearings/{id}/parties/{unknown}", null, [401, 404, 403, 403, 404]),
            ("POST", $"/api/hearings/{id}/parties/{nho}/extension", new { deadline = now }, [401, 404, 403, 403, 400]),
            ("GET", $"/api/hearings/{id}/side-by-side", null, [401, 404, 403, 403, 200]),
            ("GET", $"/api/hearings/{id}/document.docx", null, [401, 404, 403, 403, 200]),
            ("GET", $"/api/hearings/{id}/document.pdf", null, [401, 404, 403, 403, 200]),
            ("GET", $"/api/hearings/{id}/my-party", null, [401, 404, 404, 200, 404]),
            ("PUT", $"/api/hearings/{id}/parties/{nho}/response", new { text = "Svar fra NHO." }, [401, 404, 404, 200, 404]),
            ("POST", $"/api/hearings/{id}/parties/{nho}/attachments", Form, [401, 404, 404, 400, 404]),
            ("POST", $"/api/hearings/{id}/parties/{person}/decline", null, [401, 404, 404, 404, 404]),
            ("GET", $"/api/hearing-attachments/{unknown}", null, [401, 404, 404, 404, 404]),
            ("GET", $"/api/hearing-documents/{unknown}", null, [404, 404, 404, 404, 404]),
            ("GET", $"/api/hearing-links/{badToken}", null, [404, 404, 404, 404, 404]),
            ("PUT", $"/api/hearing-links/{badToken}/response", new { noComments = true }, [404, 404, 404, 404, 404]),
            ("POST", $"/api/hearing-links/{badToken}/decline", null, [404, 404, 404, 404, 404]),
            ("POST", $"/api/hearing-links/{badToken}/attachments", Form, [404, 404, 404, 404, 404]),
            ("GET", $"/api/public/hearings/{slug}", null, [200, 200, 200, 200, 200]),
            ("GET", $"/api/public/hearings/{draftSlug}", null, [404, 404, 404, 404, 404]),
            ("GET", "/api/me/hearings", null, [401, 200, 200, 200, 200]),
        };

        var failures = new List<string>();
        foreach (var (method, url, body, expected) in cases)
            for (var i = 0; i < callers.Length; i++)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (body is string s && s == Form) request.Content = new MultipartFormDataContent { { new StringContent("x"), "note" } };
                else if (body is not null) request.Content = JsonContent.Create(body, options: ApiClient.Json);
                var response = await callers[i].Http.SendAsync(request);
                if ((int)response.StatusCode != expected[i])
                    failures.Add($"{method} {url} as caller {i}: {(int)response.StatusCode}, expected {expected[i]}: {await response.Content.ReadAsStringAsync()}");
            }
        failures.Should().BeEmpty();
    }
}
