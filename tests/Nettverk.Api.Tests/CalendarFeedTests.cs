using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Tests.Infrastructure;
using Nettverk.Tests;

namespace Nettverk.Api.Tests;

/// <summary>Feeds: a constant number of SQL commands however many meetings they hold, a public feed that names no
/// person as ORGANIZER, and UIDs that no later setting changes.</summary>
public sealed class CalendarFeedTests : IDisposable
{
    readonly CountingApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task ThePublicAndThePersonalFeed_RunAsManyQueries_ForTwentyMeetingsAsForOne()
    {
        var network = await app.NetworkAsync();
        using var seatHolder = await app.SignInAsync(DemoIds.SeatHolder);
        var personId = await app.PersonAsync(DemoIds.SeatHolder);
        var personal = new Uri((await (await seatHolder.PostAsync("/api/me/calendar-feed")).ShouldBe(HttpStatusCode.OK))!["url"]!.GetValue<string>()).PathAndQuery;
        using var anonymous = app.Client();

        async Task<(int Public, int Personal, int Events)> MeasureAsync()
        {
            app.Counter.Reset();
            var publicIcs = await (await anonymous.GetAsync($"/api/public/bodies/{network}/calendar.ics")).Content.ReadAsStringAsync();
            var publicCount = app.Counter.Count;
            app.Counter.Reset();
            var personalIcs = await (await anonymous.GetAsync(personal)).Content.ReadAsStringAsync();
            var parsed = await IcalJs.ParseAsync(publicIcs, personalIcs);
            return (publicCount, app.Counter.Count, parsed[1]!["events"]!.AsArray().Count);
        }

        await AddMeetingsAsync(network, personId, 1);
        var one = await MeasureAsync();
        await AddMeetingsAsync(network, personId, 19);
        var twenty = await MeasureAsync();
        twenty.Events.Should().Be(one.Events + 19, "the meetings are in the feed");
        one.Public.Should().BeGreaterThan(0, "the counter sees the feed's commands");
        twenty.Public.Should().Be(one.Public, "the public feed must not query per meeting");
        twenty.Personal.Should().Be(one.Personal, "the personal feed must not query per meeting");
    }

    [Fact]
    public async Task APublicFeed_NamesNoPersonAsOrganizer_WithoutAnInboundMailbox()
    {
        var network = await app.NetworkAsync();
        await AddMeetingsAsync(network, await app.PersonAsync(DemoIds.SeatHolder), 1);
        using var anonymous = app.Client();
        var ics = await (await anonymous.GetAsync($"/api/public/bodies/{network}/calendar.ics")).Content.ReadAsStringAsync();
        var events = (await IcalJs.ParseAsync(ics))[0]!["events"]!.AsArray();
        events.Should().NotBeEmpty();
        events.Should().OnlyContain(e => e!["organizer"] == null);
        ics.Should().NotContain("ORGANIZER").And.NotContain(DemoIds.Secretariat);
    }

    async Task AddMeetingsAsync(Guid bodyId, Guid personId, int count) => await app.WithDbAsync(async db =>
    {
        for (var i = 0; i < count; i++)
        {
            var start = new DateTime(2027, 1, 4, 12, 0, 0).AddDays(7 * (await db.Meetings.CountAsync()));
            var meeting = new Meeting(bodyId, $"Åpent møte {i}", start, start.AddHours(2), MeetingFormat.Physical, "Fylkeshuset", null, isOpen: true);
            meeting.Call(DateTime.UtcNow);
            meeting.FixCalendarUid("nettverk.example.org");
            db.Meetings.Add(meeting);
            db.Invitations.Add(new Invitation(meeting.Id, bodyId, personId, null, InvitationRole.Representative, null, DateTime.UtcNow));
            await db.SaveChangesAsync();
        }
        return 0;
    });

    /// <summary>The app with every SQL command of a calendar request counted.</summary>
    sealed class CountingApp : NettverkApp
    {
        public CommandCounter Counter { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s =>
            {
                s.AddHttpContextAccessor();
                s.AddSingleton<IInterceptor>(sp => { Counter.Http = sp.GetRequiredService<IHttpContextAccessor>(); return Counter; });
            });
        }
    }

    sealed class CommandCounter : DbCommandInterceptor
    {
        int count;
        public IHttpContextAccessor? Http { get; set; }
        public int Count => Volatile.Read(ref count);
        public void Reset() => Interlocked.Exchange(ref count, 0);

        // Only the calendar requests' commands: background jobs may query at the same time.
        void Seen()
        {
            if (Http?.HttpContext?.Request.Path.Value?.EndsWith(".ics", StringComparison.Ordinal) == true) Interlocked.Increment(ref count);
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken ct = default)
        {
            Seen();
            return base.ReaderExecutingAsync(command, eventData, result, ct);
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Seen();
            return base.ReaderExecuting(command, eventData, result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken ct = default)
        {
            Seen();
            return base.ScalarExecutingAsync(command, eventData, result, ct);
        }
    }
}
