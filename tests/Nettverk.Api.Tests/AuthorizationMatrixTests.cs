using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nettverk.Api.Features.Accounts;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>Every endpoint group against every kind of caller. Another body's private data answers 404, never 403;
/// a caller who may see the body but not change it gets 403; one who passes gets past authorisation
/// (a 2xx, or the 4xx of a deliberately unsatisfiable request, which proves the rule check ran after the access check).</summary>
public sealed class AuthorizationMatrixTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    public enum Caller { Anonymous, OtherBodySeatHolder, OtherBodySecretariat, SeatHolder, OrganisationContact, CommitteeMember, Secretariat, Administrator }

    // Expected status per caller, in the order of the enum above.
    public static TheoryData<string, string, string, int[]> Cases => new()
    {
        { "GET", "/api/bodies/{network}", "", [401, 404, 200, 200, 200, 200, 200, 200] },
        { "PUT", "/api/bodies/{network}", "{body}", [401, 404, 403, 403, 403, 403, 200, 200] },
        { "PUT", "/api/bodies/{network}/secretariat", "{secretariat}", [401, 404, 403, 403, 403, 403, 403, 204] },
        { "POST", "/api/bodies/{privateBody}/archive", "", [401, 404, 404, 404, 404, 404, 404, 204] },
        { "GET", "/api/bodies/{network}/memberships", "", [401, 404, 200, 200, 200, 200, 200, 200] },
        { "POST", "/api/bodies/{network}/memberships", "{existingMember}", [401, 404, 403, 403, 403, 403, 409, 409] },
        { "PUT", "/api/bodies/{network}/memberships/{membership}/seats/{seat}", "{seatUnknownPerson}", [401, 404, 403, 403, 403, 403, 400, 400] },
        { "GET", "/api/bodies/{network}/nominations", "", [401, 404, 200, 200, 200, 200, 200, 200] },
        { "POST", "/api/bodies/{network}/nominations", "{nominateNhoWithoutName}", [401, 404, 403, 403, 403, 403, 400, 400] },
        { "POST", "/api/bodies/{network}/nominations/{unknown}/approve", "", [401, 404, 403, 403, 403, 403, 404, 404] },
        { "GET", "/api/audit?bodyId={network}", "", [401, 403, 404, 403, 403, 403, 200, 200] },
        { "GET", "/api/organisations", "", [401, 200, 200, 200, 200, 200, 200, 200] },
        { "POST", "/api/organisations", "{duplicateOrganisation}", [401, 403, 409, 403, 403, 403, 409, 409] },
        { "GET", "/api/people", "", [401, 403, 200, 403, 403, 403, 200, 200] },
        { "POST", "/api/people", "{duplicatePerson}", [401, 403, 409, 403, 403, 403, 409, 409] },
        { "GET", "/api/nominations", "", [401, 200, 200, 200, 200, 200, 200, 200] },
        { "GET", "/api/accounts", "", [401, 403, 403, 403, 403, 403, 403, 200] },
        { "GET", "/api/mail", "", [401, 403, 403, 403, 403, 403, 403, 200] },
        // The first meeting has no minutes yet: nobody learns more than that, and only its secretariat gets that far.
        { "GET", "/api/meetings/{firstMeeting}/minutes", "", [401, 404, 404, 404, 404, 404, 404, 404] },
        { "PUT", "/api/meetings/{firstMeeting}/minutes", "{minutesVersion}", [401, 404, 403, 403, 403, 403, 404, 404] },
        { "POST", "/api/meetings/{firstMeeting}/minutes/approve", "{minutesVersion}", [401, 404, 403, 403, 403, 403, 404, 404] },
        { "POST", "/api/meetings/{firstMeeting}/minutes/comments", "{comment}", [401, 404, 404, 404, 404, 404, 404, 404] },
        { "GET", "/api/public/meetings/{firstMeeting}/minutes", "", [404, 404, 404, 404, 404, 404, 404, 404] },
        { "GET", "/api/meetings/{firstMeeting}/minutes.pdf", "", [401, 404, 404, 404, 404, 404, 404, 404] },
        { "GET", "/api/public/meetings/{firstMeeting}/minutes.pdf", "", [404, 404, 404, 404, 404, 404, 404, 404] },
        { "GET", "/api/public/bodies/nettverk-for-verdiskaping-og-kompetanse", "", [200, 200, 200, 200, 200, 200, 200, 200] },
        { "GET", "/api/public/bodies/krafttak-prosjektgruppe", "", [404, 404, 404, 404, 404, 404, 404, 404] },
        { "GET", "/api/meetings/{firstMeeting}/invitation.docx", "", [401, 404, 200, 200, 200, 200, 200, 200] },
        { "GET", "/api/bodies/{network}/action-items", "", [401, 404, 200, 200, 200, 200, 200, 200] },
        { "GET", "/api/bodies/{network}/action-items.csv", "", [401, 404, 200, 200, 200, 200, 200, 200] },
        { "GET", "/api/organisations/{lo}/action-items", "", [401, 200, 200, 200, 200, 200, 200, 200] },
        { "GET", "/api/me/action-items", "", [401, 200, 200, 200, 200, 200, 200, 200] },
        { "PUT", "/api/action-items/{unknown}/status", "{actionItemDone}", [401, 404, 404, 404, 404, 404, 404, 404] },
        // Another network's private body: its own secretariat reads it; the global Secretariat role alone (the demo network's
        // secretariat holds it too) reads public bodies only, so this one is not found, as it is for everyone without a role in it.
        { "GET", "/api/bodies/{otherBody}", "", [401, 404, 200, 404, 404, 404, 404, 200] },
        { "GET", "/api/bodies/{otherBody}/meetings", "", [401, 404, 200, 404, 404, 404, 404, 200] },
        { "GET", "/api/meetings/{otherMeeting}", "", [401, 404, 200, 404, 404, 404, 404, 200] },
        { "GET", "/api/meetings/{otherMeeting}/minutes", "", [401, 404, 200, 404, 404, 404, 404, 200] },
        { "GET", "/api/bodies/{otherBody}/action-items", "", [401, 404, 200, 404, 404, 404, 404, 200] },
        { "GET", "/api/bodies/{otherBody}/action-items.csv", "", [401, 404, 200, 404, 404, 404, 404, 200] },
        { "GET", "/api/bodies/{otherBody}/memberships", "", [401, 404, 200, 404, 404, 404, 404, 200] },
        { "PUT", "/api/meetings/{otherMeeting}/minutes", "{minutesVersion}", [401, 404, 409, 404, 404, 404, 404, 409] },
        // Input rounds: the demo's forventningsrunde of the first meeting (per group, closed, summed up, answers shared).
        { "GET", "/api/bodies/{network}/input-rounds", "", [401, 404, 200, 200, 200, 200, 200, 200] },
        { "POST", "/api/bodies/{network}/input-rounds", "{roundClosesBeforeOpens}", [401, 404, 403, 403, 403, 403, 400, 400] },
        { "GET", "/api/input-rounds/{demoRound}", "", [401, 404, 200, 200, 200, 200, 200, 200] },
        { "PUT", "/api/input-rounds/{demoRound}", "{roundClosesBeforeOpens}", [401, 404, 403, 403, 403, 403, 400, 400] },
        { "POST", "/api/input-rounds/{demoRound}/open", "", [401, 404, 403, 403, 403, 403, 409, 409] },
        { "GET", "/api/input-rounds/{demoRound}/parties", "", [401, 404, 403, 403, 403, 403, 200, 200] },
        { "PUT", "/api/input-rounds/{demoRound}/answers", "{noAnswers}", [401, 404, 404, 404, 404, 404, 404, 404] },
        { "GET", "/api/input-rounds/{demoRound}/results", "", [401, 404, 200, 200, 200, 200, 200, 200] },
        { "GET", "/api/input-rounds/{demoRound}/results.csv", "", [401, 404, 403, 403, 403, 403, 200, 200] },
        { "PUT", "/api/input-rounds/{demoRound}/summary", "{summary}", [401, 404, 403, 403, 403, 403, 200, 200] },
        { "POST", "/api/input-rounds/{demoRound}/summary/minutes", "", [401, 404, 403, 403, 403, 403, 409, 409] },
        { "GET", "/api/input-groups/{unknown}", "", [404, 404, 404, 404, 404, 404, 404, 404] },
        { "PUT", "/api/input-groups/{unknown}/answers", "{noAnswers}", [404, 404, 404, 404, 404, 404, 404, 404] },
        { "GET", "/api/bodies/{otherBody}/input-rounds", "", [401, 404, 200, 404, 404, 404, 404, 200] },
        { "GET", "/api/me/input-rounds", "", [401, 200, 200, 200, 200, 200, 200, 200] },
        // Statistics: the body's secretariat and administrators only; everyone else is told the body is not there.
        { "GET", "/api/bodies/{network}/statistics/attendance", "", [401, 404, 404, 404, 404, 404, 200, 200] },
        { "GET", "/api/bodies/{network}/statistics/attendance.csv", "", [401, 404, 404, 404, 404, 404, 200, 200] },
        { "GET", "/api/bodies/{network}/statistics/answers", "", [401, 404, 404, 404, 404, 404, 200, 200] },
        { "GET", "/api/bodies/{network}/statistics/answers.csv", "", [401, 404, 404, 404, 404, 404, 200, 200] },
        { "GET", "/api/bodies/{network}/statistics/action-items", "", [401, 404, 404, 404, 404, 404, 200, 200] },
        { "GET", "/api/bodies/{network}/statistics/action-items.csv", "", [401, 404, 404, 404, 404, 404, 200, 200] },
        { "GET", "/api/bodies/{network}/statistics/participation", "", [401, 404, 404, 404, 404, 404, 200, 200] },
        { "GET", "/api/bodies/{network}/statistics/participation.csv", "", [401, 404, 404, 404, 404, 404, 200, 200] },
        { "GET", "/api/bodies/{otherBody}/statistics/answers", "", [401, 404, 200, 404, 404, 404, 404, 200] },
        { "GET", "/api/bodies/{network}/statistics/answers?from=2026-02-01&to=2026-01-01", "", [401, 404, 404, 404, 404, 404, 400, 400] },
        // Input to agenda items. The first meeting is held: those who may write input get as far as the rule (409); a
        // reader who may not write gets 403; input nobody may read answers 404 (the flow tests cover real input).
        { "GET", "/api/meetings/{firstMeeting}/agenda-input", "", [401, 404, 200, 200, 200, 200, 200, 200] },
        { "GET", "/api/meetings/{otherMeeting}/agenda-input", "", [401, 404, 200, 404, 404, 404, 404, 200] },
        { "PUT", "/api/meetings/{firstMeeting}/agenda-items/{firstItem}/input-deadline", "{noDeadline}", [401, 404, 403, 403, 403, 403, 409, 409] },
        { "POST", "/api/meetings/{firstMeeting}/agenda-items/{firstItem}/input", "{form}", [401, 404, 403, 409, 409, 403, 403, 403] },
        { "PUT", "/api/agenda-input/{unknown}", "{comment}", [401, 404, 404, 404, 404, 404, 404, 404] },
        { "DELETE", "/api/agenda-input/{unknown}", "", [401, 404, 404, 404, 404, 404, 404, 404] },
        { "PUT", "/api/agenda-input/{unknown}/included", "{included}", [401, 404, 404, 404, 404, 404, 404, 404] },
        { "GET", "/api/agenda-input-attachments/{unknown}", "", [401, 404, 404, 404, 404, 404, 404, 404] },
        // Reports to political committees: the demo's sent report (to the three committees, answered by
        // Yrkesopplæringsnemnda) and its draft. Sent reports are read by all who see the network (the global Secretariat
        // role sees public bodies); drafts by the secretariat only; only the committee's secretariat records a statement.
        { "GET", "/api/bodies/{network}/reports", "", [401, 404, 200, 200, 200, 200, 200, 200] },
        { "POST", "/api/bodies/{network}/reports", "{reportWithoutTitle}", [401, 404, 403, 403, 403, 403, 400, 400] },
        { "GET", "/api/bodies/{network}/report-candidates?from=2021-01-01&to=2021-12-31", "", [401, 404, 403, 403, 403, 403, 200, 200] },
        { "GET", "/api/reports/{sentReport}", "", [401, 404, 200, 200, 200, 200, 200, 200] },
        { "GET", "/api/reports/{draftReport}", "", [401, 404, 404, 404, 404, 404, 200, 200] },
        { "PUT", "/api/reports/{sentReport}", "{reportInput}", [401, 404, 403, 403, 403, 403, 409, 409] },
        { "PUT", "/api/reports/{draftReport}", "{reportInputStale}", [401, 404, 404, 404, 404, 404, 409, 409] },
        { "DELETE", "/api/reports/{sentReport}", "", [401, 404, 403, 403, 403, 403, 409, 409] },
        { "POST", "/api/reports/{sentReport}/send", "", [401, 404, 403, 403, 403, 403, 409, 409] },
        { "GET", "/api/reports/{sentReport}/document.docx", "", [401, 404, 200, 200, 200, 200, 200, 200] },
        { "GET", "/api/reports/{draftReport}/document.pdf", "", [401, 404, 404, 404, 404, 404, 200, 200] },
        { "PUT", "/api/reports/{sentReport}/committees/{nemnda}/statement", "{statementWithoutText}", [401, 404, 403, 403, 403, 403, 403, 400] },
        { "GET", "/api/me/committee-reports", "", [401, 200, 200, 200, 200, 200, 200, 200] },
        { "GET", "/api/bodies/{network}/timeline", "", [401, 404, 200, 200, 200, 200, 200, 200] },
        { "GET", "/api/bodies/{otherBody}/reports", "", [401, 404, 200, 404, 404, 404, 404, 200] },
        { "GET", "/api/bodies/{otherBody}/timeline", "", [401, 404, 200, 404, 404, 404, 404, 200] },
        { "GET", "/api/public/bodies/{network}/committee-statements", "", [200, 200, 200, 200, 200, 200, 200, 200] },
        { "GET", "/api/public/bodies/{otherBody}/committee-statements", "", [404, 404, 404, 404, 404, 404, 404, 404] },
        // Registration for open meetings: the secretariat's list, export and settings are the body's secretariat's alone
        // (404 for everyone else); the first meeting is not open (409 for those who pass, 404 publicly); the demo's open
        // meeting is public to all; unknown registration links are not found.
        { "GET", "/api/meetings/{firstMeeting}/registrations", "", [401, 404, 404, 404, 404, 404, 200, 200] },
        { "GET", "/api/meetings/{firstMeeting}/registrations.csv", "", [401, 404, 404, 404, 404, 404, 200, 200] },
        { "GET", "/api/meetings/{firstMeeting}/registration-settings", "", [401, 404, 404, 404, 404, 404, 200, 200] },
        { "PUT", "/api/meetings/{firstMeeting}/registration-settings", "{capacity80}", [401, 404, 404, 404, 404, 404, 409, 409] },
        { "PUT", "/api/meetings/{openMeeting}/registration-settings", "{capacity80}", [401, 404, 404, 404, 404, 404, 200, 200] },
        { "GET", "/api/meetings/{otherMeeting}/registrations", "", [401, 404, 200, 404, 404, 404, 404, 200] },
        { "GET", "/api/public/meetings/{firstMeeting}/registration", "", [404, 404, 404, 404, 404, 404, 404, 404] },
        { "GET", "/api/public/meetings/{openMeeting}/registration", "", [200, 200, 200, 200, 200, 200, 200, 200] },
        { "POST", "/api/public/meetings/{firstMeeting}/registrations", "{registrant}", [404, 404, 404, 404, 404, 404, 404, 404] },
        { "POST", "/api/public/registrations/confirm", "{unknownToken}", [404, 404, 404, 404, 404, 404, 404, 404] },
        { "POST", "/api/public/registrations/cancel", "{unknownToken}", [404, 404, 404, 404, 404, 404, 404, 404] },
        { "GET", "/api/public/registrations/{unknownTokenValue}", "", [404, 404, 404, 404, 404, 404, 404, 404] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_AnswersEachCaller_AsItsRulesSay(string method, string template, string bodyKey, int[] expected)
    {
        var values = await ValuesAsync();
        foreach (var caller in Enum.GetValues<Caller>())
        {
            using var client = await ClientAsync(caller);
            var url = Fill(template, values);
            var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method != "GET") request.Content = new StringContent(bodyKey.Length == 0 ? "{}" : Fill(bodyKey, values),
                System.Text.Encoding.UTF8, "application/json");
            // A form post (an upload): a text field alone, so the check of who may write runs before any rule on files.
            if (bodyKey == "{form}") request.Content = new MultipartFormDataContent { { new StringContent("Innspill"), "text" } };
            var response = await client.Http.SendAsync(request);
            ((int)response.StatusCode).Should().Be(expected[(int)caller],
                $"{caller} calling {method} {template} got: {await response.Content.ReadAsStringAsync()}");
            response.StatusCode.Should().NotBe(HttpStatusCode.InternalServerError);
        }
    }

    [Fact]
    public async Task BodyList_OfAGlobalSecretariat_HoldsPublicBodiesAndItsOwn_NotAnotherNetworksPrivateOne()
    {
        var other = await OtherBodyAsync();
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var names = (await secretariat.GetItemsAsync("/api/bodies")).Select(b => b!["id"]!.GetValue<string>()).ToList();
        names.Should().Contain((await app.NetworkAsync()).ToString()).And.Contain((await app.BodyAsync("Yrkesopplæringsnemnda")).ToString());
        names.Should().NotContain(other.BodyId).And.NotContain((await app.BodyAsync("Krafttak – prosjektgruppe")).ToString());

        using var otherSecretary = await app.SignInAsync(other.Secretary);
        (await otherSecretary.GetItemsAsync("/api/bodies")).Select(b => b!["id"]!.GetValue<string>())
            .Should().Contain(other.BodyId).And.Contain((await app.NetworkAsync()).ToString(), "the network is public");
    }

    async Task<ApiClient> ClientAsync(Caller caller) => caller switch
    {
        Caller.Anonymous => await AnonymousAsync(),
        Caller.OtherBodySeatHolder => await app.SignInAsync(await app.OtherBodySeatHolderAsync()),
        Caller.OtherBodySecretariat => await app.SignInAsync((await OtherBodyAsync()).Secretary),
        Caller.SeatHolder => await app.SignInAsync(DemoIds.SeatHolder),
        Caller.OrganisationContact => await app.SignInAsync(DemoIds.Contact),
        Caller.CommitteeMember => await app.SignInAsync(DemoIds.CommitteeMember),
        Caller.Secretariat => await app.SignInAsync(DemoIds.Secretariat),
        _ => await app.SignInAsync(DemoIds.Admin),
    };

    async Task<ApiClient> AnonymousAsync()
    {
        var client = app.Client();
        (await client.GetAsync("/api/account/antiforgery")).EnsureSuccessStatusCode();
        return client;
    }

    Dictionary<string, string>? values;

    async Task<Dictionary<string, string>> ValuesAsync()
    {
        if (values is not null) return values;
        var network = await app.NetworkAsync();
        var nho = await app.OrganisationAsync("NHO Vestfold og Telemark");
        using var admin = await app.SignInAsync(DemoIds.Admin);
        var body = await admin.GetNodeAsync($"/api/bodies/{network}");
        var memberships = await admin.GetItemsAsync($"/api/bodies/{network}/memberships");
        var nhoMembership = memberships.First(m => m!["organisation"]!["name"]!.GetValue<string>() == "NHO Vestfold og Telemark")!;
        var existingOrg = await admin.GetNodeAsync($"/api/organisations/{nho}");
        var input = new JsonObject
        {
            ["name"] = body["name"]!.GetValue<string>(), ["kind"] = body["kind"]!.GetValue<string>(),
            ["mandate"] = body["mandate"]!.GetValue<string>(), ["goal"] = body["goal"]!.GetValue<string>(),
            ["tasks"] = body["tasks"]!.DeepClone(), ["adoptedBy"] = body["adoptedBy"]!.GetValue<string>(),
            ["adoptedOn"] = body["adoptedOn"]!.GetValue<string>(), ["ownerOrganisationId"] = body["owner"]!["id"]!.GetValue<string>(),
            ["isPublic"] = true, ["meetingRules"] = body["meetingRules"]!.DeepClone(),
            ["reportsToBodyIds"] = new JsonArray(body["reportsTo"]!.AsArray().Select(r => (JsonNode)r!["id"]!.GetValue<string>()).ToArray()),
        };
        // A private body of nobody's but the administrators', so archiving it disturbs no other case.
        var privateBody = await admin.PostAsync("/api/bodies", new
        {
            name = $"Arbeidsgruppe {Guid.NewGuid():N}", kind = "WorkingGroup", tasks = Array.Empty<string>(), isPublic = false,
            meetingRules = new { preferredMonths = Array.Empty<int>() }, reportsToBodyIds = Array.Empty<Guid>(),
        });
        var privateBodyId = (await privateBody.ShouldBe(HttpStatusCode.Created))!["id"]!.GetValue<string>();
        var other = await OtherBodyAsync();
        var firstMeeting = await app.FirstMeetingAsync();
        return values = new()
        {
            ["{otherBody}"] = other.BodyId,
            ["{otherMeeting}"] = other.MeetingId,
            ["{privateBody}"] = privateBodyId,
            ["{firstMeeting}"] = (await app.FirstMeetingAsync()).ToString(),
            ["{firstItem}"] = (await app.WithDbAsync(async db => await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
                .FirstAsync(db.AgendaItems.Where(i => i.MeetingId == firstMeeting)))).Id.ToString(),
            ["{noDeadline}"] = """{"closesAt":null}""",
            ["{included}"] = """{"included":true}""",
            ["{lo}"] = (await app.OrganisationAsync("LO Vestfold og Telemark")).ToString(),
            ["{minutesVersion}"] = """{"version":1}""",
            ["{comment}"] = """{"text":"Hei"}""",
            ["{actionItemDone}"] = """{"version":1,"status":"Done"}""",
            ["{network}"] = network.ToString(),
            ["{openMeeting}"] = (await app.WithDbAsync(db => db.Meetings.Where(m => m.BodyId == network && m.IsOpen).Select(m => m.Id).FirstAsync())).ToString(),
            ["{capacity80}"] = """{"capacity":80}""",
            ["{registrant}"] = """{"name":"Kari Nordmann","email":"kari.nordmann@example.org"}""",
            ["{unknownToken}"] = """{"token":"ukjent-lenke-0000000000000000000000"}""",
            ["{unknownTokenValue}"] = "ukjent-lenke-0000000000000000000000",
            ["{demoRound}"] = (await app.WithDbAsync(db => db.InputRounds.Where(r => r.BodyId == network && r.AgendaItemId != null)
                .Select(r => r.Id).SingleAsync())).ToString(),
            ["{roundClosesBeforeOpens}"] = """{"title":"Runde","opensAt":"2027-05-02T10:00:00","closesAt":"2027-05-01T10:00:00","mode":"PerGroup","answersShared":false,"questions":[]}""",
            ["{noAnswers}"] = """{"answers":[]}""",
            ["{sentReport}"] = (await app.WithDbAsync(db => db.Reports.Where(r => r.BodyId == network && r.State == Nettverk.Api.Features.Reports.ReportState.Sent)
                .OrderBy(r => r.CreatedAt).Select(r => r.Id).FirstAsync())).ToString(),
            ["{draftReport}"] = (await app.WithDbAsync(db => db.Reports.Where(r => r.BodyId == network && r.State == Nettverk.Api.Features.Reports.ReportState.Draft)
                .OrderBy(r => r.CreatedAt).Select(r => r.Id).FirstAsync())).ToString(),
            ["{nemnda}"] = (await app.BodyAsync("Yrkesopplæringsnemnda")).ToString(),
            ["{reportWithoutTitle}"] = """{"title":"","periodFrom":"2021-01-01","periodTo":"2021-01-31"}""",
            ["{reportInput}"] = """{"title":"Rapport","periodFrom":"2021-01-01","periodTo":"2021-01-31","version":1}""",
            ["{reportInputStale}"] = """{"title":"Rapport","periodFrom":"2021-01-01","periodTo":"2021-01-31","version":0}""",
            ["{statementWithoutText}"] = """{"meetingDate":"2021-02-09","caseNumber":"4/21","text":""}""",
            ["{summary}"] = """{"summary":"Gruppene ønsker et nettverk som deler erfaringer."}""",
            ["{membership}"] = nhoMembership["id"]!.GetValue<string>(),
            ["{seat}"] = nhoMembership["seats"]![0]!["id"]!.GetValue<string>(),
            ["{unknown}"] = Guid.NewGuid().ToString(),
            ["{body}"] = input.ToJsonString(),
            ["{secretariat}"] = new JsonObject { ["personIds"] = new JsonArray(body["secretariat"]!.AsArray()
                .Select(p => (JsonNode)p!["id"]!.GetValue<string>()).ToArray()) }.ToJsonString(),
            ["{existingMember}"] = $$"""{"organisationId":"{{nho}}"}""",
            ["{seatUnknownPerson}"] = $$"""{"role":"Member","representativeId":"{{Guid.NewGuid()}}","deputyIds":[]}""",
            ["{nominateNhoWithoutName}"] = $$$"""{"organisationId":"{{{nho}}}","representative":{}}""",
            ["{duplicateOrganisation}"] = $$"""{"name":"Kopi","kind":"Business","organisationNumber":"{{existingOrg["organisationNumber"]!.GetValue<string>()}}"}""",
            ["{duplicatePerson}"] = $$"""{"name":"Kopi","email":"{{DemoIds.SeatHolder}}"}""",
        };
    }

    // Made once per app (xunit makes a test class instance per case).
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<NettverkApp, Task<(string BodyId, string MeetingId, string Secretary)>> OtherBodies = new();

    Task<(string BodyId, string MeetingId, string Secretary)> OtherBodyAsync() => OtherBodies.GetValue(app, _ => CreateOtherBodyAsync());

    /// <summary>A second private network with its own secretary, who holds the global Secretariat role as the demo network's
    /// does, and a meeting last week with draft minutes.</summary>
    async Task<(string BodyId, string MeetingId, string Secretary)> CreateOtherBodyAsync()
    {
        using var admin = await app.SignInAsync(DemoIds.Admin);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var person = (await (await admin.PostAsync("/api/people", new { name = $"Sekretær {tag}", email = $"sekretar.{tag}@example.org" }))
            .ShouldBe(HttpStatusCode.Created))!["id"]!.GetValue<Guid>();
        var email = await app.AccountForAsync(person);
        await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            (await users.AddToRoleAsync((await users.FindByEmailAsync(email))!, GlobalRoles.Secretariat)).Succeeded.Should().BeTrue();
        });
        var body = (await (await admin.PostAsync("/api/bodies", new
        {
            name = $"Nettverk {tag}", kind = "Network", tasks = Array.Empty<string>(), isPublic = false,
            meetingRules = new { preferredMonths = Array.Empty<int>() }, reportsToBodyIds = Array.Empty<Guid>(),
        })).ShouldBe(HttpStatusCode.Created))!["id"]!.GetValue<string>();
        await (await admin.PutAsync($"/api/bodies/{body}/secretariat", new { personIds = new[] { person } })).ShouldBe(HttpStatusCode.NoContent);

        using var secretary = await app.SignInAsync(email);
        var start = DateTime.Today.AddDays(-7).AddHours(10);
        var meeting = (await (await secretary.PostAsync($"/api/bodies/{body}/meetings", new
        {
            title = "Internt møte", startsAt = start, endsAt = start.AddHours(2), format = "Physical", location = "Rom 1",
        })).ShouldBe(HttpStatusCode.Created))!["id"]!.GetValue<string>();
        await (await secretary.PostAsync($"/api/meetings/{meeting}/minutes")).ShouldBe(HttpStatusCode.Created);
        return (body, meeting, email);
    }

    static string Fill(string template, Dictionary<string, string> values) =>
        values.Aggregate(template, (s, kv) => s.Replace(kv.Key, kv.Value, StringComparison.Ordinal));
}
