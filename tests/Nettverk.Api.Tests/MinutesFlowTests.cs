using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Features.Minutes;
using Nettverk.Api.Tests.Infrastructure;

namespace Nettverk.Api.Tests;

/// <summary>The minutes of the demo network's first meeting, through HTTP and a real SMTP server: started from the
/// agenda and the answers, written, circulated for comments, approved, published for members and public, corrected.</summary>
public sealed class MinutesFlowTests : IAsyncLifetime
{
    MailDev mailDev = null!;
    NettverkApp app = null!;

    public async Task InitializeAsync()
    {
        mailDev = await MailDev.StartAsync();
        app = new NettverkApp().With("Mail:Delivery", "Smtp").With("Mail:Smtp:Host", "127.0.0.1").With("Mail:Smtp:Port", mailDev.SmtpPort.ToString());
    }

    public async Task DisposeAsync()
    {
        app.Dispose();
        await mailDev.DisposeAsync();
    }

    [Fact]
    public async Task Minutes_GoFromDraftToPublished_AndEachRoleSeesWhatItMay()
    {
        var url = $"/api/meetings/{await app.FirstMeetingAsync()}/minutes";
        var network = await app.NetworkAsync();
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        using var seatHolder = await app.SignInAsync(DemoIds.SeatHolder);
        using var committee = await app.SignInAsync(DemoIds.CommitteeMember);
        using var contact = await app.SignInAsync(DemoIds.Contact);
        using var other = await app.SignInAsync(await app.OtherBodySeatHolderAsync());
        using var anonymous = app.Client();

        await (await seatHolder.PostAsync(url)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await other.PostAsync(url)).ShouldBeProblem(HttpStatusCode.NotFound);
        var draft = (await (await secretariat.PostAsync(url)).ShouldBe(HttpStatusCode.Created))!;
        await (await secretariat.PostAsync(url)).ShouldBeProblem(HttpStatusCode.Conflict, code: "minutes_exist");

        // One entry per item of seed 004's agenda; attendance from the answers: two deputies came, one seat did not answer.
        var entries = draft["entries"]!.AsArray();
        entries.Select(e => e!["caseNumber"]!.GetValue<string>()).Should().Equal("1/21", "2/21", "3/21", "4/21", "5/21", "6/21", "7/21", "8/21");
        entries[2]!["title"]!.GetValue<string>().Should().Be("Erfaringer fra kompetanseforum Østfold");
        var attendees = draft["attendees"]!.AsArray();
        attendees.Should().HaveCount(10);
        attendees.Count(a => a!["status"]!.GetValue<string>() == "Present").Should().Be(7);
        attendees.Count(a => a!["status"]!.GetValue<string>() == "DeputyPresent").Should().Be(2);
        attendees.Single(a => a!["name"]!.GetValue<string>() == "Eirik Haugland")!["status"]!.GetValue<string>().Should().Be("Present");
        var absent = attendees.Single(a => a!["status"]!.GetValue<string>() == "Absent")!;
        foreach (var reader in new[] { seatHolder, committee, contact, other })
            await (await reader.GetAsync(url)).ShouldBeProblem(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        string Entry(int i) => entries[i]!["id"]!.GetValue<string>();
        var lo = await app.OrganisationAsync("LO Vestfold og Telemark");
        var secretary = await app.PersonAsync(DemoIds.Secretariat);
        var version = draft["version"]!.GetValue<int>();
        var saved = (await (await secretariat.PutAsync(url, new
        {
            version, isPublic = true,
            entries = new object[]
            {
                new { id = Entry(0), notes = "Møteleder ønsket velkommen, særlig til medlemmene fra Grenland og Øst-Telemark." },
                new { id = Entry(2), notes = "Kompetanseforum Østfold har gode erfaringer med et felles kunnskapsgrunnlag.\n\n"
                    + "::: ikke-offentlig\nInnlederen omtalte en pågående personalsak.\n:::\n\nPresentasjonen sendes ut med referatet." },
                new
                {
                    id = Entry(3), notes = "Mandatet ble gjennomgått.",
                    decision = "Mandatet tas til orientering. Nettverket ønsker å være høringsinstans for de fire strategiene.",
                    actionItems = new[] { new { what = "Sende innspill til kunnskapsgrunnlaget", responsibleOrganisationId = lo, dueOn = "2021-04-15" } },
                },
                new { id = Entry(4), notes = "Fortrolig orientering om budsjettarbeidet.", isPublic = false },
                new
                {
                    id = Entry(6), decision = "Møteplan for 2021: 6. mai (digitalt), 19. august (åpent møte, fysisk) og 11. november (fysisk).",
                    actionItems = new[] { new { what = "Kalle inn til møtet 6. mai", responsiblePersonId = secretary, dueOn = "2021-04-22" } },
                },
            },
            attendance = new[] { new { id = absent["id"]!.GetValue<string>(), status = "DeputyPresent",
                deputyPersonId = absent["deputies"]![0]!["personId"]!.GetValue<string>() } },
            guests = new[] { new { name = "Hilde Aamodt", organisationName = "Viken fylkeskommune", note = "Innleder sak 3/21" } },
        })).ShouldBe(HttpStatusCode.OK))!;
        saved["version"]!.GetValue<int>().Should().BeGreaterThan(version);
        saved["entries"]![3]!["actionItems"]!.AsArray().Should().ContainSingle();
        saved["entries"]![2]!["notesHtml"]!.GetValue<string>().Should().Contain("Ikke offentlig").And.Contain("personalsak");
        saved["attendees"]!.AsArray().Should().Contain(a => a!["kind"]!.GetValue<string>() == "Guest" && a["name"]!.GetValue<string>() == "Hilde Aamodt");
        saved["attendees"]!.AsArray().Should().NotContain(a => a!["status"]!.GetValue<string>() == "Absent");

        // A second editor who started from the old version is refused with the current minutes; nothing of theirs is kept.
        using var admin = await app.SignInAsync(DemoIds.Admin);
        var conflict = await (await admin.PutAsync(url, new { version, entries = new[] { new { id = Entry(0), notes = "Overskrevet" } } }))
            .ShouldBeProblem(HttpStatusCode.Conflict, code: "minutes_conflict");
        conflict["currentVersion"]!.GetValue<int>().Should().Be(saved["version"]!.GetValue<int>());
        conflict["current"]!["entries"]![0]!["notes"]!.GetValue<string>().Should().StartWith("Møteleder ønsket velkommen");
        version = saved["version"]!.GetValue<int>();
        await (await seatHolder.PutAsync(url, new { version })).ShouldBeProblem(HttpStatusCode.Forbidden);

        // Out for comments: one e-mail to each representative and deputy.
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);
        await (await secretariat.PostAsync($"{url}/review", new { version, deadline = deadline.AddDays(-30).ToString("O") }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "deadline");
        var onReview = (await (await secretariat.PostAsync($"{url}/review", new { version, deadline = deadline.ToString("O"), message = "Gi beskjed om feil." }))
            .ShouldBe(HttpStatusCode.OK))!;
        onReview["status"]!.GetValue<string>().Should().Be("OnReview");
        var mails = await mailDev.WaitForAsync(20);
        mails.Should().HaveCount(20).And.OnlyContain(m => m!["subject"]!.GetValue<string>() == "Referat til gjennomsyn: Oppstartsmøte 17. mars 2021");
        mails.Select(m => m!["to"]![0]!["address"]!.GetValue<string>()).Should().OnlyHaveUniqueItems().And.Contain(DemoIds.SeatHolder);

        var forSeatHolder = await seatHolder.GetNodeAsync(url);
        forSeatHolder["canComment"]!.GetValue<bool>().Should().BeTrue();
        forSeatHolder["canEdit"]!.GetValue<bool>().Should().BeFalse();
        foreach (var reader in new[] { committee, contact, other }) await (await reader.GetAsync(url)).ShouldBeProblem(HttpStatusCode.NotFound);
        var commented = (await (await seatHolder.PostAsync($"{url}/comments", new { entryId = Entry(3), text = "Fagskolene bør nevnes i vedtaket." }))
            .ShouldBe(HttpStatusCode.OK))!;
        commented["comments"]!.AsArray().Should().ContainSingle().Which!["authorName"]!.GetValue<string>().Should().Be("Eirik Haugland");
        await (await seatHolder.PostAsync($"{url}/comments", new { entryId = Guid.NewGuid(), text = "?" })).ShouldBeProblem(HttpStatusCode.BadRequest, "entryId");
        await (await contact.PostAsync($"{url}/comments", new { text = "Hei" })).ShouldBeProblem(HttpStatusCode.NotFound);
        version = onReview["version"]!.GetValue<int>();
        await (await secretariat.PutAsync(url, new { version })).ShouldBeProblem(HttpStatusCode.Conflict, code: "minutes_not_draft");

        // Approved: everyone with a role in the body reads it. Published: every member is told, and the public reads it.
        await (await secretariat.PostAsync($"{url}/publish", new { version })).ShouldBeProblem(HttpStatusCode.Conflict, code: "minutes_not_approved");
        var approved = (await (await secretariat.PostAsync($"{url}/approve", new { version })).ShouldBe(HttpStatusCode.OK))!;
        // Who approved them and who changed them last, by the person's name: the addresses stay in the records.
        var secretaryName = await app.WithDbAsync(db => db.People.Where(p => p.Email == DemoIds.Secretariat).Select(p => p.Name).SingleAsync());
        approved["approvedByName"]!.GetValue<string>().Should().Be(secretaryName);
        approved["updatedByName"]!.GetValue<string>().Should().Be(secretaryName);
        var meeting = await app.FirstMeetingAsync();
        (await app.WithDbAsync(db => db.Minutes.Where(m => m.MeetingId == meeting).Select(m => m.ApprovedBy).SingleAsync())).Should().Be(DemoIds.Secretariat);
        var forCommittee = await committee.GetNodeAsync(url);
        forCommittee["status"]!.GetValue<string>().Should().Be("Approved");
        forCommittee["approvedByName"]!.GetValue<string>().Should().Be(secretaryName);
        forCommittee.ToJsonString().Should().NotContain(DemoIds.Secretariat);
        // The secretariat is told, before publishing, how many people the notice goes to; the members are not.
        var told = approved["noticeRecipients"]!.GetValue<int>();
        forCommittee["noticeRecipients"].Should().BeNull();
        (await seatHolder.GetNodeAsync(url))["noticeRecipients"].Should().BeNull();
        var published = (await (await secretariat.PostAsync($"{url}/publish", new { version = approved["version"]!.GetValue<int>() }))
            .ShouldBe(HttpStatusCode.OK))!;
        published["status"]!.GetValue<string>().Should().Be("Published");
        published["noticeRecipients"].Should().BeNull();
        (await mailDev.WaitForAsync(20 + told)).Skip(20).Should().HaveCount(told)
            .And.OnlyContain(m => m!["subject"]!.GetValue<string>() == "Referat publisert: Oppstartsmøte 17. mars 2021");
        told.Should().Be(20);

        var publicText = await (await anonymous.GetAsync($"/api/public/meetings/{await app.FirstMeetingAsync()}/minutes")).Content.ReadAsStringAsync();
        var publicMinutes = JsonNode.Parse(publicText)!;
        publicMinutes["entries"]![2]!["notes"]!.GetValue<string>().Should().Contain("Presentasjonen sendes ut").And.NotContain("personalsak");
        publicMinutes["entries"]![4]!["exempt"]!.GetValue<bool>().Should().BeTrue();
        publicMinutes["entries"]![3]!["decision"]!.GetValue<string>().Should().StartWith("Mandatet tas til orientering");
        publicText.Should().NotContain("personalsak").And.NotContain("Fortrolig").And.NotContain("@example.org").And.NotContain("Fagskolene bør");
        (await anonymous.GetItemsAsync($"/api/public/bodies/{network}/minutes")).Should().ContainSingle();

        // A correction: members go on reading revision 1 until revision 2 is published; both stay readable.
        var correcting = (await (await secretariat.PostAsync($"{url}/correction", new { version = published["version"]!.GetValue<int>(),
            reason = "Stedet for det åpne møtet manglet." })).ShouldBe(HttpStatusCode.OK))!;
        correcting["revision"]!.GetValue<int>().Should().Be(2);
        (await seatHolder.GetNodeAsync(url))["revision"]!.GetValue<int>().Should().Be(1);
        var corrected = (await (await secretariat.PutAsync(url, new
        {
            version = correcting["version"]!.GetValue<int>(),
            entries = new[] { new { id = Entry(6), decision = "Møteplan for 2021: 6. mai (digitalt), 19. august (åpent møte i Skien) og 11. november (fysisk)." } },
        })).ShouldBe(HttpStatusCode.OK))!;
        var reapproved = (await (await secretariat.PostAsync($"{url}/approve", new { version = corrected["version"]!.GetValue<int>() })).ShouldBe(HttpStatusCode.OK))!;
        await (await secretariat.PostAsync($"{url}/publish", new { version = reapproved["version"]!.GetValue<int>() })).ShouldBe(HttpStatusCode.OK);
        (await seatHolder.GetNodeAsync($"{url}/revisions/1"))["entries"]![6]!["decision"]!.GetValue<string>().Should().Contain("åpent møte, fysisk");
        (await seatHolder.GetNodeAsync(url))["entries"]![6]!["decision"]!.GetValue<string>().Should().Contain("åpent møte i Skien");
        var latestPublic = await anonymous.GetNodeAsync($"/api/public/meetings/{await app.FirstMeetingAsync()}/minutes");
        latestPublic["revision"]!.GetValue<int>().Should().Be(2);
        latestPublic["correctionReason"]!.GetValue<string>().Should().Be("Stedet for det åpne møtet manglet.");

        // Every transition is in the audit log.
        var audit = await secretariat.GetNodeAsync($"/api/audit?bodyId={network}&entityType=Minutes&pageSize=200");
        var statuses = audit["items"]!.AsArray().SelectMany(e => e!["changes"]!.AsArray())
            .Where(c => c!["property"]!.GetValue<string>() == "status").Select(c => c!["after"]!.GetValue<string>()).ToList();
        statuses.Should().Contain(["OnReview", "Approved", "Published", "Draft"]);
    }

    [Fact]
    public async Task BadInput_NamesTheField()
    {
        var url = $"/api/meetings/{await app.FirstMeetingAsync()}/minutes";
        using var secretariat = await app.SignInAsync(DemoIds.Secretariat);
        await (await secretariat.PutAsync(url, new { version = 1 })).ShouldBeProblem(HttpStatusCode.NotFound);
        var draft = (await (await secretariat.PostAsync(url)).ShouldBe(HttpStatusCode.Created))!;
        var version = draft["version"]!.GetValue<int>();
        var entry = draft["entries"]![0]!["id"]!.GetValue<string>();
        var seat = draft["attendees"]![0]!["id"]!.GetValue<string>();

        await (await secretariat.PutAsync(url, new { version, entries = new[] { new { id = Guid.NewGuid() } } })).ShouldBeProblem(HttpStatusCode.BadRequest, "entries[0].id");
        await (await secretariat.PutAsync(url, new { version, entries = new[] { new { id = entry,
            actionItems = new[] { new { what = "Noe", responsibleOrganisationId = Guid.NewGuid() } } } } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "entries[0].actionItems[0].responsibleOrganisationId");
        await (await secretariat.PutAsync(url, new { version, entries = new[] { new { id = entry, actionItems = new[] { new { what = "" } } } } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await secretariat.PutAsync(url, new { version, attendance = new[] { new { id = seat, status = "DeputyPresent", deputyPersonId = Guid.NewGuid() } } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "attendance[0].deputyPersonId");
        await (await secretariat.PutAsync(url, new { version, attendance = new[] { new { id = seat, status = "Sometimes" } } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "attendance[0].status");
        await (await secretariat.PutAsync(url, new { version = 0 })).ShouldBeProblem(HttpStatusCode.BadRequest, "version");

        // A save that says nothing about publicity leaves it as it was.
        var closed = (await (await secretariat.PutAsync(url, new { version, isPublic = false })).ShouldBe(HttpStatusCode.OK))!;
        var kept = (await (await secretariat.PutAsync(url, new { version = closed["version"]!.GetValue<int>() })).ShouldBe(HttpStatusCode.OK))!;
        kept["isPublic"]!.GetValue<bool>().Should().BeFalse();
        version = kept["version"]!.GetValue<int>();

        // Approved "at a later meeting" means one that has been held, not one still to come.
        var future = (await (await secretariat.PostAsync($"/api/bodies/{await app.NetworkAsync()}/meetings", new
        {
            title = "Neste møte", startsAt = "2031-05-06T12:00:00", endsAt = "2031-05-06T14:00:00", format = "Physical", location = "Skien",
        })).ShouldBe(HttpStatusCode.Created))!["id"]!.GetValue<string>();
        await (await secretariat.PostAsync($"{url}/approve", new { version, approvedAtMeetingId = future }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "approvedAtMeetingId");
        await (await secretariat.PostAsync($"{url}/correction", new { version, reason = "Feil" }))
            .ShouldBeProblem(HttpStatusCode.Conflict, code: "minutes_not_published");
        (await app.WithDbAsync(db => Task.FromResult(db.Minutes.Single().Version))).Should().Be(version, "refused saves change nothing");
    }
}
