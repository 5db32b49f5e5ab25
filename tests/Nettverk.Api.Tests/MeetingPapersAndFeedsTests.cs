using System.Net;
using System.Net.Http.Headers;
using Nettverk.Api.Tests.Infrastructure;
using Nettverk.Tests;

namespace Nettverk.Api.Tests;

/// <summary>Papers: allowed types only, a size limit, served only to those who see the body. Feeds: a personal secret
/// address that can be revoked, and a public feed with only the open meetings of a public body.</summary>
public sealed class MeetingPapersAndFeedsTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    async Task<(ApiClient Secretariat, string Meeting, string Item)> MeetingWithItemAsync(bool open = false)
    {
        var network = await app.NetworkAsync();
        var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var meeting = (await (await secretariat.PostAsync($"/api/bodies/{network}/meetings", new
        {
            title = open ? "Åpent møte" : "Lukket møte", startsAt = "2027-08-12T12:00:00", endsAt = "2027-08-12T15:00:00",
            format = "Physical", location = "Fylkeshuset, Skien", isOpen = open,
        })).ShouldBe(HttpStatusCode.Created))!["id"]!.GetValue<string>();
        var details = (await (await secretariat.PostAsync($"/api/meetings/{meeting}/agenda-items",
            new { title = "Strategier", kind = "Information", durationMinutes = 30 })).ShouldBe(HttpStatusCode.OK))!;
        // The first item of an agenda brings the standing items with it: find ours by its title.
        return (secretariat, meeting, details["agenda"]!.AsArray().Single(a => a!["title"]!.GetValue<string>() == "Strategier")!["id"]!.GetValue<string>());
    }

    static MultipartFormDataContent File(string name, byte[] bytes)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        return form;
    }

    [Fact]
    public async Task APdf_IsStoredAndServed_ToThoseWhoSeeTheBody_Only()
    {
        var (secretariat, meeting, item) = await MeetingWithItemAsync();
        var pdf = "%PDF-1.7\n% æøå\n"u8.ToArray().Concat(new byte[2000]).ToArray();
        var uploaded = (await (await secretariat.Http.PostAsync($"/api/meetings/{meeting}/agenda-items/{item}/papers",
            File("Strategi for kompetanse.pdf", pdf))).ShouldBe(HttpStatusCode.Created))!;
        var paperId = uploaded["id"]!.GetValue<string>();
        uploaded["contentType"]!.GetValue<string>().Should().Be("application/pdf");

        using var seatHolder = await app.SignInAsync(DemoIds.SeatHolder);
        var download = await seatHolder.GetAsync($"/api/papers/{paperId}");
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).Should().Equal(pdf);
        download.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        using var other = await app.SignInAsync(await app.OtherBodySeatHolderAsync());
        await (await other.GetAsync($"/api/papers/{paperId}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await seatHolder.DeleteAsync($"/api/papers/{paperId}")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await secretariat.DeleteAsync($"/api/papers/{paperId}")).ShouldBe(HttpStatusCode.NoContent);
        await (await seatHolder.GetAsync($"/api/papers/{paperId}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("virus.exe", "MZ")]
    [InlineData("forkledd.pdf", "MZ\u0090\u0000")]
    [InlineData("side.html", "<html>")]
    [InlineData("tom.pdf", "")]
    public async Task FilesOutsideTheAllowList_AreRefused_NamingTheFileField(string name, string content)
    {
        var (secretariat, meeting, item) = await MeetingWithItemAsync();
        var response = await secretariat.Http.PostAsync($"/api/meetings/{meeting}/agenda-items/{item}/papers",
            File(name, System.Text.Encoding.Latin1.GetBytes(content)));
        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "file");
    }

    [Fact]
    public async Task AFileOverTheLimit_IsRefused()
    {
        using var small = new NettverkApp().With("Papers:MaxBytes", "1024");
        var network = await small.NetworkAsync();
        using var secretariat = await small.SignInAsync(DemoIds.Secretariat);
        var meeting = (await (await secretariat.PostAsync($"/api/bodies/{network}/meetings", new
        {
            title = "Møte", startsAt = "2027-08-12T12:00:00", endsAt = "2027-08-12T13:00:00", format = "Physical", location = "Skien",
        })).ShouldBe(HttpStatusCode.Created))!["id"]!.GetValue<string>();
        var item = (await (await secretariat.PostAsync($"/api/meetings/{meeting}/agenda-items", new { title = "Sak", kind = "Information" }))
            .ShouldBe(HttpStatusCode.OK))!["agenda"]!.AsArray().Single(a => a!["title"]!.GetValue<string>() == "Sak")!["id"]!.GetValue<string>();
        var big = "%PDF-1.7\n"u8.ToArray().Concat(new byte[4096]).ToArray();
        await (await secretariat.Http.PostAsync($"/api/meetings/{meeting}/agenda-items/{item}/papers", File("stor.pdf", big)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "file");
    }

    [Fact]
    public async Task PersonalFeed_ListsMyCalledMeetings_UntilRevoked()
    {
        var (secretariat, meeting, _) = await MeetingWithItemAsync();
        await (await secretariat.PostAsync($"/api/meetings/{meeting}/call")).ShouldBe(HttpStatusCode.OK);
        using var seatHolder = await app.SignInAsync(DemoIds.SeatHolder);
        var feed = (await (await seatHolder.PostAsync("/api/me/calendar-feed")).ShouldBe(HttpStatusCode.OK))!;
        var url = new Uri(feed["url"]!.GetValue<string>());
        feed["webcalUrl"]!.GetValue<string>().Should().StartWith("webcal://");

        using var calendarApp = app.Client();
        var ics = await (await calendarApp.GetAsync(url.PathAndQuery)).Content.ReadAsStringAsync();
        var parsed = (await IcalJs.ParseAsync(ics))[0]!;
        parsed["method"]!.GetValue<string>().Should().Be("PUBLISH");
        parsed["events"]!.AsArray().Should().Contain(e => e!["summary"]!.GetValue<string>().EndsWith("Lukket møte"));

        await (await seatHolder.DeleteAsync("/api/me/calendar-feed")).ShouldBe(HttpStatusCode.NoContent);
        await (await calendarApp.GetAsync(url.PathAndQuery)).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PublicFeed_HasOnlyTheOpenCalledMeetings_OfAPublicBody()
    {
        var (secretariat, closed, _) = await MeetingWithItemAsync(open: false);
        var (_, open, _) = await MeetingWithItemAsync(open: true);
        await (await secretariat.PostAsync($"/api/meetings/{closed}/call")).ShouldBe(HttpStatusCode.OK);
        await (await secretariat.PostAsync($"/api/meetings/{open}/call")).ShouldBe(HttpStatusCode.OK);
        using var anonymous = app.Client();
        var response = await anonymous.GetAsync($"/api/public/bodies/{await app.NetworkAsync()}/calendar.ics");
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/calendar");
        var events = (await IcalJs.ParseAsync(await response.Content.ReadAsStringAsync()))[0]!["events"]!.AsArray();
        events.Should().NotBeEmpty();
        events.Should().OnlyContain(e => e!["summary"]!.GetValue<string>().EndsWith("Åpent møte"));
        events.Should().OnlyContain(e => e!["attendees"]!.AsArray().Count == 0, "a public feed names no one");
        var committee = await app.BodyAsync("Krafttak – prosjektgruppe");
        await (await anonymous.GetAsync($"/api/public/bodies/{committee}/calendar.ics")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
