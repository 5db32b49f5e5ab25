using System.Text.Json;
using System.Text.Json.Serialization;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Meetings;

namespace Nettverk.Api.Features.Minutes;

/// <summary>A published revision as the legal record keeps it: the frozen content, in a JSON shape of its own. Every field
/// is named explicitly and nothing here is an API contract type, so renaming a field of <see cref="MinutesDto"/> cannot
/// blank a record already written. A change of this shape raises <see cref="CurrentSchemaVersion"/> and keeps reading the
/// older versions (tests/Nettverk.Tests/Fixtures holds a sample of each). Enum values are written by name: renaming a
/// member of <see cref="AttendanceStatus"/> and the others is a change of this schema too, which that sample catches.</summary>
public sealed record PublishedMinutesRecord(
    [property: JsonPropertyName("schemaVersion")] int SchemaVersion,
    [property: JsonPropertyName("minutesId")] Guid MinutesId,
    [property: JsonPropertyName("meetingId")] Guid MeetingId,
    [property: JsonPropertyName("body")] RecordRef Body,
    [property: JsonPropertyName("ownerName")] string? OwnerName,
    [property: JsonPropertyName("meeting")] RecordMeeting Meeting,
    [property: JsonPropertyName("revision")] int Revision,
    [property: JsonPropertyName("isPublic")] bool IsPublic,
    [property: JsonPropertyName("publishedAt")] DateTime PublishedAt,
    [property: JsonPropertyName("publishedBy")] string PublishedBy,
    [property: JsonPropertyName("correctionReason")] string? CorrectionReason,
    [property: JsonPropertyName("review")] RecordReview? Review,
    [property: JsonPropertyName("approval")] RecordApproval? Approval,
    [property: JsonPropertyName("lastChange")] RecordChange LastChange,
    [property: JsonPropertyName("minutesVersion")] int MinutesVersion,
    [property: JsonPropertyName("attendees")] IReadOnlyList<RecordAttendee> Attendees,
    [property: JsonPropertyName("entries")] IReadOnlyList<RecordEntry> Entries)
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>Names are explicit, so no naming policy; enums by name; nothing else configured.</summary>
    public static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a stored revision: this shape, or the one written before it existed (a serialised API response,
    /// recognised by having no <c>schemaVersion</c>), which start-up rewrites (<see cref="PublishedMinutesUpgrade"/>).</summary>
    public static PublishedMinutesRecord Read(PublishedMinutes row)
    {
        using var document = JsonDocument.Parse(row.Content);
        if (!document.RootElement.TryGetProperty("schemaVersion", out var version))
            return LegacyMinutesSnapshot.ToRecord(row, document.RootElement);
        return version.GetInt32() switch
        {
            1 => document.RootElement.Deserialize<PublishedMinutesRecord>(Json)!,
            var v => throw new NotSupportedException($"Published minutes {row.Id} have schema version {v}, newer than this code reads."),
        };
    }

    /// <summary>The record of the minutes as they read at publication (a full read, everything included). The read model
    /// shows names; the record keeps the approver's and last editor's addresses as well, from the minutes themselves.</summary>
    public static PublishedMinutesRecord From(MinutesDto m, string? approvedBy, string? updatedBy, DateTime publishedAt, string publishedBy,
        string? approverName) => new(
        CurrentSchemaVersion, m.Id, m.MeetingId, new RecordRef(m.Body.Id, m.Body.Name), m.OwnerName,
        new RecordMeeting(m.MeetingTitle, m.StartsAt, m.EndsAt, m.Format, m.Location),
        m.Revision, m.IsPublic, publishedAt, publishedBy, m.CorrectionReason,
        m.ReviewDeadline is null && m.SentForReviewAt is null ? null : new RecordReview(m.ReviewDeadline, m.SentForReviewAt),
        m.ApprovedAt is { } at ? new RecordApproval(at, approvedBy, approverName, m.ApprovalNote) : null,
        new RecordChange(m.UpdatedAt, updatedBy), m.Version,
        m.Attendees.Select(a => new RecordAttendee(a.Id, a.Kind, a.SeatId, a.PersonId, a.Name, a.OrganisationName, a.Status,
            a.DeputyPersonId, a.DeputyName, a.Note)).ToList(),
        m.Entries.Select(e => new RecordEntry(e.Id, e.AgendaItemId, e.Position, e.CaseNumber, e.Title, e.Kind, e.Notes, e.Decision,
            e.IsPublic, e.ActionItems.Select(a => new RecordActionItem(a.Id, a.CaseNumber, a.What,
                a.ResponsibleOrganisation is { } o ? new RecordRef(o.Id, o.Name) : null,
                a.ResponsiblePerson is { } p ? new RecordRef(p.Id, p.Name) : null,
                a.DueOn, a.Status, a.StatusNote, a.StatusChangedAt, a.Overdue)).ToList())).ToList());

    /// <summary>The revision as the API shows it. The HTML is rendered from the stored text each time; what only an
    /// editor needs (the seats' deputies to choose from, comments, concurrency versions of live items) is not kept.
    /// The approver is shown by the name stored at publication (or, for revisions published before names were kept, the
    /// one the upgrade found then); only where no person had the address does the address stand in, because the address
    /// may since belong to someone else, and a legal record must not name the wrong person. The last editor is not
    /// shown: the record keeps only their address.</summary>
    public MinutesDto ToDto()
    {
        var body = new NamedRef(Body.Id, Body.Name);
        var attendees = Attendees.Select(a => new MinutesAttendeeDto(a.Id, a.Kind, a.SeatId, a.PersonId, a.Name, a.Organisation, a.Status,
            a.DeputyPersonId, a.DeputyName, a.Note, [])).ToList();
        var entries = Entries.Select(e => new MinutesEntryDto(e.Id, e.AgendaItemId, e.Position, e.CaseNumber, e.Title, e.Kind,
            e.Notes, MinutesReads.Html(e.Notes), e.Decision, MinutesReads.Html(e.Decision), e.IsPublic,
            e.ActionItems.Select(a => new ActionItemDto(a.Id, body, MeetingId, Meeting.StartsAt, e.Id, a.CaseNumber, a.What,
                a.ResponsibleOrganisation is { } o ? new NamedRef(o.Id, o.Name) : null,
                a.ResponsiblePerson is { } p ? new NamedRef(p.Id, p.Name) : null,
                a.DueOn, a.Status, a.StatusNote, a.StatusChangedAt, IsLive: true, a.OverdueAtPublication, Version: 0)).ToList())).ToList();
        return new MinutesDto(MinutesId, MeetingId, body, OwnerName, Meeting.Title, Meeting.StartsAt, Meeting.EndsAt, Meeting.Format,
            Meeting.Location, MinutesStatus.Published, MinutesVersion, Revision, IsPublic, Review?.Deadline, Review?.SentAt,
            Approval?.At, Approval?.ByName ?? Approval?.ByAddress, Approval?.Note, PublishedAt, CorrectionReason, LastChange.At, UpdatedByName: null,
            attendees, entries, Comments: null, PublishedRevisions: [], CanEdit: false, CanComment: false, NoticeRecipients: null);
    }
}

public sealed record RecordRef([property: JsonPropertyName("id")] Guid Id, [property: JsonPropertyName("name")] string Name);

public sealed record RecordMeeting(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("startsAt")] DateTime StartsAt,
    [property: JsonPropertyName("endsAt")] DateTime EndsAt,
    [property: JsonPropertyName("format")] MeetingFormat Format,
    [property: JsonPropertyName("location")] string? Location);

public sealed record RecordReview(
    [property: JsonPropertyName("deadline")] DateOnly? Deadline,
    [property: JsonPropertyName("sentAt")] DateTime? SentAt);

/// <summary>Who approved, by name as well as address: the address may later belong to someone else or to no one.</summary>
public sealed record RecordApproval(
    [property: JsonPropertyName("at")] DateTime At,
    [property: JsonPropertyName("byAddress")] string? ByAddress,
    [property: JsonPropertyName("byName")] string? ByName,
    [property: JsonPropertyName("note")] string? Note);

public sealed record RecordChange([property: JsonPropertyName("at")] DateTime At, [property: JsonPropertyName("by")] string? By);

/// <summary>An attendance line with the names and organisation as they were at the meeting.</summary>
public sealed record RecordAttendee(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("kind")] AttendeeKind Kind,
    [property: JsonPropertyName("seatId")] Guid? SeatId,
    [property: JsonPropertyName("personId")] Guid? PersonId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("organisation")] string? Organisation,
    [property: JsonPropertyName("status")] AttendanceStatus Status,
    [property: JsonPropertyName("deputyPersonId")] Guid? DeputyPersonId,
    [property: JsonPropertyName("deputyName")] string? DeputyName,
    [property: JsonPropertyName("note")] string? Note);

/// <summary>One case: its label, title, the notes and decision as written (Markdown, non-public parts marked), public or not.</summary>
public sealed record RecordEntry(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("agendaItemId")] Guid? AgendaItemId,
    [property: JsonPropertyName("position")] int Position,
    [property: JsonPropertyName("caseNumber")] string CaseNumber,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("kind")] AgendaItemKind Kind,
    [property: JsonPropertyName("notes")] string? Notes,
    [property: JsonPropertyName("decision")] string? Decision,
    [property: JsonPropertyName("isPublic")] bool IsPublic,
    [property: JsonPropertyName("actionItems")] IReadOnlyList<RecordActionItem> ActionItems);

/// <summary>An action item as it stood at publication; the live item goes on changing in its own table.</summary>
public sealed record RecordActionItem(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("caseNumber")] string CaseNumber,
    [property: JsonPropertyName("what")] string What,
    [property: JsonPropertyName("responsibleOrganisation")] RecordRef? ResponsibleOrganisation,
    [property: JsonPropertyName("responsiblePerson")] RecordRef? ResponsiblePerson,
    [property: JsonPropertyName("dueOn")] DateOnly? DueOn,
    [property: JsonPropertyName("status")] ActionItemStatus Status,
    [property: JsonPropertyName("statusNote")] string? StatusNote,
    [property: JsonPropertyName("statusChangedAt")] DateTime? StatusChangedAt,
    [property: JsonPropertyName("overdueAtPublication")] bool OverdueAtPublication);
