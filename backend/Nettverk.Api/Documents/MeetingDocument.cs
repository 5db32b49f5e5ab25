namespace Nettverk.Api.Documents;

// The input of the meeting documents: plain, preformatted values, so the renderers know nothing about entities,
// time zones or permissions. The Minutes and Meetings features build one of these and call MeetingPdf or MeetingDocx.

public enum MeetingDocumentKind { Invitation, Minutes }

/// <summary>A møteinnkalling (invitation with agenda) or a møtereferat (minutes). Markdown fields are user text and
/// are rendered without raw HTML. Items show their Description, Notes and Decision, in that order, whichever are set.</summary>
public sealed record MeetingDocument(
    MeetingDocumentKind Kind,
    string? OwnerName,
    string BodyName,
    string MeetingTitle,
    string When,
    string Place,
    string? VideoUrl,
    string? StatusLine,
    IReadOnlyList<DocumentAttendanceGroup> Attendance,
    IReadOnlyList<DocumentItem> Items,
    IReadOnlyList<DocumentActionItem> ActionItems,
    string? Secretariat,
    string? Introduction = null);

public sealed record DocumentAttendanceGroup(string Heading, IReadOnlyList<DocumentAttendee> People);

public sealed record DocumentAttendee(string Name, string? Organisation, string? Note);

public sealed record DocumentItem(
    string CaseLabel,
    string Title,
    string? KindLabel,
    string? TimeRange,
    string? Presenter,
    string? Description,
    string? Notes,
    string? Decision,
    IReadOnlyList<string> Papers,
    IReadOnlyList<DocumentInput>? Inputs = null);

/// <summary>Written input (innspill) the secretariat has included in the papers: the organisation it is from, its
/// author, the text (markdown) and the names of its attachments.</summary>
public sealed record DocumentInput(string Organisation, string Author, string Text, IReadOnlyList<string> Attachments);

public sealed record DocumentActionItem(string CaseLabel, string What, string? Responsible, string? Due, string Status);
