using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Minutes;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>Action items after the meeting: lists per body and organisation with filters and CSV, status kept by the
/// secretariat or those responsible, reminders that go out once; a missing-minutes reminder; the next agenda's
/// standing items.</summary>
public sealed class ActionItemsTests(NettverkApp app) : IClassFixture<NettverkApp>
{
    static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Approved minutes of the first meeting with three action items: due in two days (the NHO representative),
    /// overdue since yesterday (LO, whose contact is told), and one far ahead.</summary>
    async Task<string> ApprovedMinutesAsync()
    {
        // These tests count the items of the minutes they write: the demo's item asked for by Yrkesopplæringsnemnda's
        // statement (ReportFlowTests covers those) is set aside.
        await app.WithDbAsync(db => db.ActionItems.Where(a => a.CommitteeStatementId != null).ExecuteDeleteAsync());
        var url = $"/api/meetings/{await app.FirstMeetingAsync()}/minutes";
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var existing = await secretariat.GetAsync(url);
        if (existing.IsSuccessStatusCode) return url;
        var draft = (await (await secretariat.PostAsync(url)).ShouldBe(HttpStatusCode.Created))!;
        var entry = draft["entries"]![5]!["id"]!.GetValue<string>();
        var saved = (await (await secretariat.PutAsync(url, new
        {
            version = draft["version"]!.GetValue<int>(),
            entries = new[]
            {
                new
                {
                    id = entry, decision = "Svarene fra forventningsrunden følges opp.",
                    actionItems = new object[]
                    {
                        new { what = "Oppsummere forventningsrunden for næringslivet", responsiblePersonId = await app.PersonAsync(DemoIds.SeatHolder),
                            dueOn = Today.AddDays(2).ToString("O") },
                        new { what = "Sende oversikt over lærlingplasser (æøå)", responsibleOrganisationId = await app.OrganisationAsync("LO Vestfold og Telemark"),
                            dueOn = Today.AddDays(-1).ToString("O") },
                        new { what = "Evaluere arbeidsformen", responsibleOrganisationId = await app.OrganisationAsync("NAV Vestfold og Telemark"),
                            dueOn = Today.AddDays(40).ToString("O") },
                    },
                },
            },
        })).ShouldBe(HttpStatusCode.OK))!;
        await (await secretariat.PostAsync($"{url}/approve", new { version = saved["version"]!.GetValue<int>() })).ShouldBe(HttpStatusCode.OK);
        return url;
    }

    [Fact]
    public async Task Lists_FilterAndExport_AndOnlyTheResponsibleOrTheSecretariatUpdateTheStatus()
    {
        await ApprovedMinutesAsync();
        await app.WithDbAsync(db => db.ActionItems.ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ActionItemStatus.Open)));
        var network = await app.NetworkAsync();
        using var seatHolder = await app.SignInAsync(DemoIds.SeatHolder);
        using var contact = await app.SignInAsync(DemoIds.Contact);
        using var committee = await app.SignInAsync(DemoIds.CommitteeMember);
        using var other = await app.SignInAsync(await app.OtherBodySeatHolderAsync());

        var all = await committee.GetItemsAsync($"/api/bodies/{network}/action-items");
        all.Should().HaveCount(3);
        var overdue = await seatHolder.GetItemsAsync($"/api/bodies/{network}/action-items?overdue=true");
        overdue.Should().ContainSingle().Which!["what"]!.GetValue<string>().Should().Contain("lærlingplasser");
        (await seatHolder.GetItemsAsync($"/api/bodies/{network}/action-items?q=forventningsrunden")).Should().ContainSingle();
        var upper = await seatHolder.GetNodeAsync($"/api/bodies/{network}/action-items?q=FORVENTNINGSRUNDEN");
        upper["total"]!.GetValue<int>().Should().Be(1, "free text ignores case, in SQL, and the total is of the filtered list");
        (await seatHolder.GetItemsAsync($"/api/bodies/{network}/action-items?q=%25")).Should().BeEmpty("% is a character here, not a wildcard");
        (await seatHolder.GetItemsAsync($"/api/bodies/{network}/action-items?q=NAV")).Should().ContainSingle("the responsible organisation's name is searched");
        var first = await committee.GetNodeAsync($"/api/bodies/{network}/action-items?pageSize=2");
        var second = await committee.GetNodeAsync($"/api/bodies/{network}/action-items?page=2&pageSize=2");
        first["total"]!.GetValue<int>().Should().Be(3);
        first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(i => i!["id"]!.GetValue<string>())
            .Should().Equal(all.Select(i => i!["id"]!.GetValue<string>()), "two pages are the list in its order, by due date");
        await (await other.GetAsync($"/api/bodies/{network}/action-items")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await seatHolder.GetAsync($"/api/bodies/{network}/action-items?status=Someday")).ShouldBeProblem(HttpStatusCode.BadRequest, "status");
        var lo = await app.OrganisationAsync("LO Vestfold og Telemark");
        (await contact.GetItemsAsync($"/api/organisations/{lo}/action-items")).Should().ContainSingle();
        (await other.GetItemsAsync($"/api/organisations/{lo}/action-items")).Should().BeEmpty("the other body's member sees none of this body's items");
        (await seatHolder.GetItemsAsync("/api/me/action-items")).Should().ContainSingle();

        var csv = await seatHolder.GetAsync($"/api/bodies/{network}/action-items.csv?status=Open");
        csv.StatusCode.Should().Be(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal(Encoding.UTF8.GetPreamble(), "Excel needs the byte order mark to read æøå");
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("Organ;Møte;Sak;Oppfølgingspunkt;Ansvarlig organisasjon;Ansvarlig person;Frist;Status;Merknad;Forfalt");
        lines.Should().HaveCount(4);
        lines.Should().Contain(l => l.Contains("Sende oversikt over lærlingplasser (æøå)") && l.Contains(";LO Vestfold og Telemark;") && l.EndsWith(";Ja"));

        var loItem = all.Single(a => a!["what"]!.GetValue<string>().Contains("lærlingplasser"))!;
        var nhoItem = all.Single(a => a!["what"]!.GetValue<string>().Contains("forventningsrunden"))!;
        string Status(JsonNodeLike item) => $"/api/action-items/{item.Id}/status";
        var loRef = new JsonNodeLike(loItem["id"]!.GetValue<string>(), loItem["version"]!.GetValue<int>());
        var nhoRef = new JsonNodeLike(nhoItem["id"]!.GetValue<string>(), nhoItem["version"]!.GetValue<int>());
        await (await committee.PutAsync(Status(loRef), new { version = loRef.Version, status = "Done" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await other.PutAsync(Status(loRef), new { version = loRef.Version, status = "Done" })).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await seatHolder.PutAsync(Status(loRef), new { version = loRef.Version, status = "Done" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        var done = (await (await contact.PutAsync(Status(loRef), new { version = loRef.Version, status = "Done", note = "Sendt 3. mai" }))
            .ShouldBe(HttpStatusCode.OK))!;
        done["status"]!.GetValue<string>().Should().Be("Done");
        done["overdue"]!.GetValue<bool>().Should().BeFalse();
        await (await contact.PutAsync(Status(loRef), new { version = loRef.Version, status = "Open" }))
            .ShouldBeProblem(HttpStatusCode.Conflict, code: "action_item_conflict");
        await (await seatHolder.PutAsync(Status(nhoRef), new { version = nhoRef.Version, status = "Dropped" })).ShouldBe(HttpStatusCode.OK);
        await (await seatHolder.PutAsync($"/api/action-items/{Guid.NewGuid()}/status", new { version = 1, status = "Done" }))
            .ShouldBeProblem(HttpStatusCode.NotFound);
    }

    sealed record JsonNodeLike(string Id, int Version);

    [Fact]
    public async Task Reminders_AboutActionItems_GoOutOnce_EvenWhenTwoRunsRace()
    {
        await ApprovedMinutesAsync();
        await app.WithDbAsync(db => db.ActionItems.ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ActionItemStatus.Open)));
        await app.WithDbAsync(db => db.ActionItemReminders.ExecuteDeleteAsync());
        var before = await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind.StartsWith("action-item")));

        var now = DateTime.UtcNow;
        var runs = await Task.WhenAll(RunAsync(r => r.SendActionItemRemindersAsync(now, default)), RunAsync(r => r.SendActionItemRemindersAsync(now, default)));
        runs.Sum().Should().Be(2, "one item is due in two days, one is overdue; the third is far ahead");
        (await RunAsync(r => r.SendActionItemRemindersAsync(now.AddHours(6), default))).Should().Be(0);

        var sent = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind.StartsWith("action-item")).OrderBy(m => m.CreatedAt).ToListAsync());
        // LO's item goes to LO's representative in the network, who took it on in the meeting.
        var loRepresentative = await app.WithDbAsync(db => db.Seats.Where(s => s.BodyId == db.Bodies.Single(b => b.Name == Nettverk.Api.Demo.DemoData.NetworkName).Id
                && db.Memberships.Any(m => m.Id == s.MembershipId && m.OrganisationId == db.Organisations.Single(o => o.Name == "LO Vestfold og Telemark").Id))
            .Join(db.People, s => s.RepresentativeId, p => p.Id, (s, p) => p.Email).SingleAsync());
        sent.Skip(before).Select(m => (m.Kind, m.To)).Should().BeEquivalentTo([("action-item-due", DemoIds.SeatHolder), ("action-item-overdue", loRepresentative)]);
        sent.Last(m => m.Kind == "action-item-overdue").TextBody.Should().Contain("Sende oversikt over lærlingplasser (æøå)");

        // A new due date is a new reminder; a done item gets none.
        await app.WithDbAsync(db => db.ActionItems.Where(a => a.What.StartsWith("Evaluere"))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.DueOn, DateOnly.FromDateTime(now).AddDays(4))));
        await app.WithDbAsync(db => db.ActionItems.Where(a => a.What.StartsWith("Oppsummere"))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ActionItemStatus.Done)));
        (await RunAsync(r => r.SendActionItemRemindersAsync(now.AddDays(3), default))).Should().Be(1, "NAV's item is due the next day");
    }

    [Fact]
    public async Task HeldMeetingWithoutMinutes_RemindsTheSecretariatOnce()
    {
        // The project group, not the network: its meeting must not become the "previous meeting" of another test's agenda.
        var body = await app.BodyAsync("Krafttak – prosjektgruppe");
        var held = await app.WithDbAsync(async db =>
        {
            // Held yesterday: the app's own job, running on the real clock, leaves it alone until three days have passed.
            var local = Nettverk.Api.Calendar.OsloTime.ToLocal(DateTime.UtcNow).Date.AddDays(-1);
            var meeting = new Meeting(body, "Arbeidsmøte", local.AddHours(9), local.AddHours(10), MeetingFormat.Physical, "Skien", null, false);
            meeting.Call(DateTime.UtcNow.AddDays(-14));
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        var secretary = await app.WithDbAsync(db => db.BodySecretaries.Where(s => s.BodyId == body)
            .Join(db.People, s => s.PersonId, p => p.Id, (s, p) => p.Email).SingleAsync());
        var now = DateTime.UtcNow.AddDays(1);
        (await RunAsync(r => r.SendMinutesMissingRemindersAsync(now, default))).Should().Be(0, "three days have not passed");
        now = now.AddDays(2).AddHours(1);
        var runs = await Task.WhenAll(RunAsync(r => r.SendMinutesMissingRemindersAsync(now, default)), RunAsync(r => r.SendMinutesMissingRemindersAsync(now, default)));
        runs.Sum().Should().Be(1);
        (await RunAsync(r => r.SendMinutesMissingRemindersAsync(now.AddDays(1), default))).Should().Be(0);
        var mail = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Kind == "minutes-missing"));
        mail.To.Should().Be(secretary);
        mail.TextBody.Should().Contain($"/moter/{held}/referat");
    }

    [Fact]
    public async Task TheNextAgenda_OpensWithFollowingUpTheOpenActionItems()
    {
        await ApprovedMinutesAsync();
        await app.WithDbAsync(db => db.ActionItems.ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ActionItemStatus.Open)));
        var network = await app.NetworkAsync();
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        var meeting = (await (await secretariat.PostAsync($"/api/bodies/{network}/meetings", new
        {
            title = "Neste møte", startsAt = "2027-02-11T12:00:00", endsAt = "2027-02-11T14:00:00", format = "Digital", videoUrl = "https://meet.example.org/j/2",
        })).ShouldBe(HttpStatusCode.Created))!["id"]!.GetValue<string>();
        var agenda = (await (await secretariat.PostAsync($"/api/meetings/{meeting}/agenda-items", new { title = "Strategiarbeidet", kind = "Discussion" }))
            .ShouldBe(HttpStatusCode.OK))!["agenda"]!.AsArray();
        // The first meeting's minutes are approved, so no approval item; its open action items are followed up first.
        agenda.Select(a => a!["title"]!.GetValue<string>()).Should().Equal("Oppfølging fra forrige møte", "Strategiarbeidet");
        agenda[0]!["standard"]!.GetValue<string>().Should().Be("FollowUp");
        agenda[0]!["description"]!.GetValue<string>().Should().Contain("Sak 6/21: Sende oversikt over lærlingplasser (æøå) (ansvarlig: LO Vestfold og Telemark");
        var again = (await (await secretariat.PostAsync($"/api/meetings/{meeting}/agenda-items", new { title = "Eventuelt", kind = "Information" }))
            .ShouldBe(HttpStatusCode.OK))!["agenda"]!.AsArray();
        again.Should().HaveCount(3, "standing items come with the first item only");
    }

    async Task<int> RunAsync(Func<FollowUpReminders, Task<int>> run)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<FollowUpReminders>());
    }
}
