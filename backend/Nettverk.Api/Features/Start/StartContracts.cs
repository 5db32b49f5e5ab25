using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Meetings;

namespace Nettverk.Api.Features.Start;

/// <summary>What an entry on the start page asks of the person, in priority order. Later issues add their own kinds
/// (input rounds, hearings, reports to a committee) after these; clients show a kind they do not know as a plain link to
/// its body.</summary>
public enum StartItemKind
{
    /// <summary>An invitation to a called, upcoming meeting that I have not answered. <c>Id</c> is the invitation's; answer
    /// with <c>POST /api/meetings/{meeting.id}/answer</c>.</summary>
    Invitation,
    /// <summary>An agenda item of an upcoming meeting that I present and that has no papers yet. <c>Id</c>: the agenda item.</summary>
    PapersDue,
    /// <summary>Minutes on review in a body where I hold a seat, open for comments, that I have not commented on. <c>Id</c>:
    /// the minutes; <c>dueOn</c>: the review deadline.</summary>
    MinutesReview,
    /// <summary>An open action item I am responsible for, overdue or due within two weeks. <c>Id</c>: the action item.</summary>
    ActionItem,
    /// <summary>A nomination waiting for my decision as the body's secretariat. <c>Id</c>: the nomination.</summary>
    NominationToDecide,
    /// <summary>A nomination from an organisation I am a contact of, waiting for the body's secretariat. <c>Id</c>: the nomination.</summary>
    NominationPending,
    /// <summary>A hearing my organisation (or a body I am secretariat of) is a party to and has not answered, before its
    /// deadline. <c>Id</c>: the hearing (answer through <c>GET /api/hearings/{id}/my-party</c>); <c>detail</c>: the party's
    /// name; the deadline is the party's own (see my-party).</summary>
    HearingToAnswer,
    /// <summary>An open input round my organisation (or I, when invited by name) has not answered yet. <c>Id</c>: the round;
    /// <c>detail</c>: the organisation; <c>dueOn</c>: the closing day.</summary>
    InputRoundToAnswer,
    /// <summary>A report sent to a committee whose secretariat I am, with no statement recorded yet. <c>Id</c>: the report
    /// (record the statement with <c>PUT /api/reports/{id}/committees/{committeeId}/statement</c>); <c>body</c>: the reporting
    /// body; <c>detail</c>: the committee's name.</summary>
    ReportToTreat,
}

public sealed record StartMeeting(Guid Id, string Title, DateTime StartsAt, DateTime EndsAt);

/// <summary>One thing that needs the person. <c>Title</c> is what to show first (the meeting's title, the item's or action
/// item's text, the nominating organisation); <c>Detail</c> a second line (the proposed representative); <c>CaseNumber</c>
/// the agenda item's or action item's "3/21".</summary>
public sealed record StartItem(StartItemKind Kind, Guid Id, NamedRef Body, StartMeeting? Meeting, string Title, string? CaseNumber,
    string? Detail, DateOnly? DueOn, bool Overdue);

/// <summary>One kind of entry: at most <c>items</c> of them (the most urgent first), out of <c>total</c>.</summary>
public sealed record StartSection(StartItemKind Kind, int Total, IReadOnlyList<StartItem> Items);

/// <summary>The "Til meg" page: the sections that have something in them, in priority order, and the person's next
/// meetings (invited to, or of a body whose secretariat they are).</summary>
public sealed record StartPage(IReadOnlyList<StartSection> Sections, IReadOnlyList<MeetingSummary> NextMeetings);
