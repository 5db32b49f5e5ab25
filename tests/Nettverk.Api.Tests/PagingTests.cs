using System.Net;
using System.Text.Json.Nodes;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>Every list answers a page — { items, total, pageNumber, pageSize } — by one mechanism: page and pageSize in the
/// query, checked at the boundary (out of range → 400 naming the field), 50 items by default and 200 at most, a total
/// counted from the whole selection, and an order that neither repeats nor skips an item from page to page.</summary>
public sealed class PagingTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    /// <summary>Every list operation of the API, as the administrator (who may read them all) calls it.</summary>
    public static TheoryData<string> Lists =>
    [
        "/api/nominations", "/api/me/meetings", "/api/accounts", "/api/organisations", "/api/people", "/api/bodies",
        "/api/bodies/{network}/memberships", "/api/bodies/{network}/nominations", "/api/bodies/{network}/meetings",
        "/api/bodies/{network}/action-items", "/api/organisations/{lo}/action-items", "/api/me/action-items",
        "/api/public/bodies/{public}/minutes", "/api/mail", "/api/audit",
        "/api/bodies/{network}/hearings", "/api/hearings/{hearing}/parties", "/api/hearings/{hearing}/parties?status=Responded",
        "/api/hearings/{hearing}/parties?waiting=true", "/api/me/hearings", "/api/me/input-rounds",
    ];

    async Task<string> UrlAsync(string url) => url.Replace("{network}", (await app.NetworkAsync()).ToString())
        .Replace("{lo}", (await app.OrganisationAsync("LO Vestfold og Telemark")).ToString())
        .Replace("{public}", (await PublicBodyAsync()).ToString())
        .Replace("{hearing}", (await app.WithDbAsync(db => Task.FromResult(db.Hearings.Select(h => h.Id).First()))).ToString());

    Task<Guid> PublicBodyAsync() =>
        app.WithDbAsync(db => Task.FromResult(db.Bodies.Where(b => b.IsPublic && b.ArchivedAt == null).Select(b => b.Id).First()));

    static string With(string url, string query) => url + (url.Contains('?') ? "&" : "?") + query;

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task EveryList_AnswersItsFirstPage_WithTheTotal_ByDefault(string list)
    {
        using var admin = await app.SignInAsync(DemoIds.Admin);
        var page = await admin.GetNodeAsync(await UrlAsync(list));
        page["pageNumber"]!.GetValue<int>().Should().Be(1);
        // A body's memberships are few; a client that does not page gets all of them.
        page["pageSize"]!.GetValue<int>().Should().Be(list.EndsWith("/memberships") ? 200 : 50);
        var items = page["items"]!.AsArray();
        page["total"]!.GetValue<int>().Should().BeGreaterThanOrEqualTo(items.Count);
        items.Count.Should().BeLessThanOrEqualTo(page["pageSize"]!.GetValue<int>());
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task EveryList_RefusesPagingOutOfRange_NamingTheField(string list)
    {
        using var admin = await app.SignInAsync(DemoIds.Admin);
        var url = await UrlAsync(list);
        foreach (var (query, field) in new[] { ("page=0", "page"), ("page=-1", "page"), ("page=2147483647", "page"), ("pageSize=0", "pageSize"),
                     ("pageSize=201", "pageSize"), ("page=zwei", "page"), ("pageSize=1.5", "pageSize") })
            await (await admin.GetAsync(With(url, query))).ShouldBeProblem(HttpStatusCode.BadRequest, field, "validation");
        var problem = await (await admin.GetAsync(With(url, "pageSize=201"))).ShouldBeProblem(HttpStatusCode.BadRequest, "pageSize");
        problem["fieldErrors"]!["pageSize"]![0]!["code"]!.GetValue<string>().Should().Be("out_of_range");
        problem["fieldErrors"]!["pageSize"]![0]!["params"]!["max"]!.GetValue<int>().Should().Be(200);
        await (await admin.GetAsync(With(url, "pageSize=200"))).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Meetings_PageThrough_InAStableOrder_EvenWhenMeetingsStartAtTheSameTime()
    {
        var network = await app.NetworkAsync();
        await app.WithDbAsync(async db =>
        {
            // Nine meetings at one and the same time: only the id can order them, and it must, the same way every time.
            var start = new DateTime(2031, 2, 3, 12, 0, 0);
            for (var i = 0; i < 9; i++)
                db.Meetings.Add(new Meeting(network, $"Parallelt møte {i}", start, start.AddHours(2), MeetingFormat.Digital, null, null, false));
            return await db.SaveChangesAsync();
        });
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var url = $"/api/bodies/{network}/meetings";
        var whole = await secretariat.GetNodeAsync($"{url}?pageSize=200");
        var total = whole["total"]!.GetValue<int>();
        var all = Ids(whole);
        all.Should().HaveCount(total).And.OnlyHaveUniqueItems();
        whole["items"]!.AsArray().Select(m => m!["startsAt"]!.GetValue<DateTime>()).Should().BeInAscendingOrder();

        var paged = new List<string>();
        var pages = (total + 3) / 4;
        for (var n = 1; n <= pages; n++)
        {
            var page = await secretariat.GetNodeAsync($"{url}?page={n}&pageSize=4");
            page["total"]!.GetValue<int>().Should().Be(total, "the total is the whole selection's, on every page");
            page["pageNumber"]!.GetValue<int>().Should().Be(n);
            Ids(page).Should().HaveCount(n < pages ? 4 : total - 4 * (pages - 1));
            paged.AddRange(Ids(page));
        }
        paged.Should().Equal(all, "pages of 4 are the whole list cut in pieces: nothing repeated, nothing skipped");

        var past = await secretariat.GetNodeAsync($"{url}?page={pages + 1}&pageSize=4");
        past["items"]!.AsArray().Should().BeEmpty();
        past["total"]!.GetValue<int>().Should().Be(total);

        var year = await secretariat.GetNodeAsync($"{url}?year=2031&pageSize=5");
        year["total"]!.GetValue<int>().Should().Be(9, "the total counts what the filter chose");
        Ids(year).Should().HaveCount(5);
    }

    [Fact]
    public async Task Memberships_KeepTheirNorwegianOrder_AcrossPages()
    {
        var network = await app.NetworkAsync();
        using var seatHolder = await app.SignInAsync(DemoIds.SeatHolder);
        var url = $"/api/bodies/{network}/memberships";
        var whole = await seatHolder.GetNodeAsync(url);
        var names = whole["items"]!.AsArray().Select(m => m!["organisation"]!["name"]!.GetValue<string>()).ToList();
        names.Should().HaveCount(whole["total"]!.GetValue<int>()).And.HaveCountGreaterThan(3);
        names.Should().BeInAscendingOrder(StringComparer.Create(new System.Globalization.CultureInfo("nb-NO"), true));

        var paged = new List<string>();
        for (var n = 1; paged.Count < names.Count; n++)
            paged.AddRange((await seatHolder.GetItemsAsync($"{url}?page={n}&pageSize=3")).Select(m => m!["organisation"]!["name"]!.GetValue<string>()));
        paged.Should().Equal(names);
    }

    [Fact]
    public async Task Lists_CountOnlyWhatTheCallerMaySee()
    {
        using var contact = await app.SignInAsync(DemoIds.Contact);
        using var admin = await app.SignInAsync(DemoIds.Admin);
        var mine = await contact.GetNodeAsync("/api/bodies?pageSize=1");
        var every = await admin.GetNodeAsync("/api/bodies?pageSize=1");
        mine["total"]!.GetValue<int>().Should().BeLessThan(every["total"]!.GetValue<int>(), "the total is of the bodies the caller sees");
        mine["items"]!.AsArray().Should().ContainSingle();
    }

    [Theory]
    [InlineData("/api/bodies/{network}/meetings?page=2&pageSize=1")]
    [InlineData("/api/bodies/{network}/memberships?page=1&pageSize=200")]
    [InlineData("/api/bodies/{network}/nominations?pageSize=5")]
    [InlineData("/api/bodies/{network}/action-items?page=3")]
    public async Task AnotherBodysList_IsStill404_WhateverThePage(string list)
    {
        using var other = await app.SignInAsync(await app.OtherBodySeatHolderAsync());
        await (await other.GetAsync(await UrlAsync(list))).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task APrivateBodysPublicMinutes_AreStill404_WhateverThePage()
    {
        var network = await app.NetworkAsync();
        var isPublic = await app.WithDbAsync(db => Task.FromResult(db.Bodies.Single(b => b.Id == network).IsPublic));
        var privateBody = isPublic
            ? await app.WithDbAsync(db => Task.FromResult(db.Bodies.Where(b => !b.IsPublic).Select(b => b.Id).First()))
            : network;
        using var anonymous = app.Client();
        await (await anonymous.GetAsync($"/api/public/bodies/{privateBody}/minutes?page=1&pageSize=10")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    static List<string> Ids(JsonNode page) => page["items"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()).ToList();
}
