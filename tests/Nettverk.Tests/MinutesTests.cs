using Nettverk.Api.Common;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Minutes;

namespace Nettverk.Tests;

public sealed class MinutesTests
{
    static readonly DateTime Now = new(2021, 3, 20, 10, 0, 0, DateTimeKind.Utc);
    static readonly DateOnly Today = new(2021, 3, 20);

    static Meeting HeldMeeting()
    {
        var meeting = new Meeting(Guid.NewGuid(), "Oppstartsmøte", new DateTime(2021, 3, 17, 12, 0, 0), new DateTime(2021, 3, 17, 14, 0, 0),
            MeetingFormat.Digital, null, "https://meet.example.org/j/1", false);
        meeting.Call(new DateTime(2021, 3, 1, 8, 0, 0, DateTimeKind.Utc));
        return meeting;
    }

    static Minutes NewMinutes() => new(HeldMeeting(), isPublic: true, Now, "sekretariat@example.org");

    [Fact]
    public void Minutes_OfAMeetingNotYetBegun_AreRefused()
    {
        var act = () => new Minutes(HeldMeeting(), true, new DateTime(2021, 3, 17, 10, 0, 0, DateTimeKind.Utc), "x");
        act.Should().Throw<DomainRuleException>().Which.Code.Should().Be("meeting_not_started");
    }

    [Fact]
    public void EveryChange_RaisesTheVersion_SoAStaleSaveIsDetected()
    {
        var minutes = NewMinutes();
        var versions = new List<int> { minutes.Version };
        minutes.Touch(Now, "a");
        versions.Add(minutes.Version);
        minutes.SendForReview(Today.AddDays(7), Today, Now, "a");
        versions.Add(minutes.Version);
        minutes.Reopen(Now, "a");
        versions.Add(minutes.Version);
        minutes.Approve(null, Now, "a");
        versions.Add(minutes.Version);
        minutes.Publish(Now, "a");
        versions.Add(minutes.Version);
        versions.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void OnlyADraft_IsEdited_AndPublishingNeedsApprovalFirst()
    {
        var minutes = NewMinutes();
        minutes.SendForReview(Today.AddDays(3), Today, Now, "a");
        minutes.Invoking(m => m.EnsureEditable()).Should().Throw<DomainRuleException>().Which.Code.Should().Be("minutes_not_draft");
        minutes.Invoking(m => m.Publish(Now, "a")).Should().Throw<DomainRuleException>().Which.Code.Should().Be("minutes_not_approved");
        minutes.Approve("Godkjent per e-post.", Now, "a");
        minutes.Invoking(m => m.Reopen(Now, "a")).Should().Throw<DomainRuleException>();
        minutes.Publish(Now, "a");
        minutes.Status.Should().Be(MinutesStatus.Published);
        minutes.ApprovalNote.Should().Be("Godkjent per e-post.");
    }

    [Fact]
    public void Comments_AreOpen_OnReview_ToTheEndOfTheDeadlineDay()
    {
        var minutes = NewMinutes();
        minutes.AcceptsComments(Today).Should().BeFalse("a draft is not out for comments");
        minutes.SendForReview(Today.AddDays(2), Today, Now, "a");
        minutes.AcceptsComments(Today.AddDays(2)).Should().BeTrue();
        minutes.AcceptsComments(Today.AddDays(3)).Should().BeFalse();
    }

    [Fact]
    public void ReviewDeadline_InThePast_NamesTheField()
    {
        var act = () => NewMinutes().SendForReview(Today.AddDays(-1), Today, Now, "a");
        act.Should().Throw<FieldValidationException>().Which.Field.Should().Be("deadline");
    }

    [Fact]
    public void ACorrection_OpensTheNextRevision_AsADraft_AndForgetsTheOldApproval()
    {
        var minutes = NewMinutes();
        minutes.Approve("ok", Now, "a");
        minutes.Publish(Now, "a");
        minutes.StartCorrection("Feil dato i sak 7/21.", Now, "a");
        minutes.Revision.Should().Be(2);
        minutes.Status.Should().Be(MinutesStatus.Draft);
        minutes.ApprovedAt.Should().BeNull();
        minutes.CorrectionReason.Should().Be("Feil dato i sak 7/21.");
        minutes.Invoking(m => m.StartCorrection("igjen", Now, "a")).Should().Throw<DomainRuleException>().Which.Code.Should().Be("minutes_not_published");
    }

    [Fact]
    public void CoverAgenda_AddsAnEntryPerItem_AndFollowsRenamedItems()
    {
        var minutes = NewMinutes();
        var first = new AgendaItem(minutes.MeetingId, minutes.BodyId, 1, 2021, 1);
        first.Describe("Velkommen", AgendaItemKind.Information, null, null, null, 10);
        var second = new AgendaItem(minutes.MeetingId, minutes.BodyId, 2, 2021, 2);
        second.Describe("Mandatet", AgendaItemKind.Decision, null, null, null, 20);
        minutes.CoverAgenda([second, first]);
        minutes.Entries.OrderBy(e => e.Position).Select(e => (e.CaseNumber, e.Title)).Should().Equal(("1/21", "Velkommen"), ("2/21", "Mandatet"));
        second.Describe("Gjennomgang av mandatet", AgendaItemKind.Decision, null, null, null, 20);
        minutes.CoverAgenda([first, second]);
        minutes.Entries.Should().HaveCount(2);
        minutes.Entries.Single(e => e.CaseNumber == "2/21").Title.Should().Be("Gjennomgang av mandatet");
    }

    [Fact]
    public void AnActionItem_ChangesStatus_OnlyOnceItsMinutesAreOut()
    {
        var minutes = NewMinutes();
        var item = new ActionItem(minutes, new MinutesEntryBuilder(minutes).Entry, Now);
        item.Describe(1, "Sende innspill", Guid.NewGuid(), null, Today.AddDays(-1), "actionItems[0]");
        item.Invoking(i => i.SetStatus(ActionItemStatus.Done, null, Now, "a")).Should().Throw<DomainRuleException>();
        item.IsOverdue(Today).Should().BeTrue();
        item.MakeLive();
        item.SetStatus(ActionItemStatus.Done, "Sendt", Now, "a");
        item.IsOverdue(Today).Should().BeFalse("a done item is not overdue");
        item.Version.Should().Be(2);
    }

    [Fact]
    public void AnActionItem_WithoutWhatToDo_NamesTheField()
    {
        var minutes = NewMinutes();
        var item = new ActionItem(minutes, new MinutesEntryBuilder(minutes).Entry, Now);
        item.Invoking(i => i.Describe(1, " ", null, null, null, "entries[2].actionItems[0]"))
            .Should().Throw<FieldValidationException>().Which.Field.Should().Be("entries[2].actionItems[0].what");
    }

    [Fact]
    public void DeputyPresent_NeedsTheDeputy()
    {
        var minutes = NewMinutes();
        var act = () => MinutesAttendee.ForSeat(minutes, 1, Guid.NewGuid(), Guid.NewGuid(), "Eirik Haugland", "NHO", AttendanceStatus.DeputyPresent, null, null);
        act.Should().Throw<FieldValidationException>().Which.Field.Should().Be("attendance");
    }

    /// <summary>An entry of the minutes for one fresh agenda item.</summary>
    sealed class MinutesEntryBuilder
    {
        public MinutesEntry Entry { get; }

        public MinutesEntryBuilder(Minutes minutes)
        {
            var item = new AgendaItem(minutes.MeetingId, minutes.BodyId, 1, 2021, 4);
            item.Describe("Gjennomgang av mandatet", AgendaItemKind.Decision, null, null, null, 15);
            minutes.CoverAgenda([item]);
            Entry = minutes.Entries.Single();
        }
    }
}
