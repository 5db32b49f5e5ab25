using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.People;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Minutes;

/// <summary>Published revisions written before <see cref="PublishedMinutesRecord"/> existed held a serialised
/// <see cref="MinutesDto"/> (schema version 0 in the table). At start-up they are rewritten into the record once, in one
/// transaction; a row is only rewritten while it is still at version 0, so a second run, or a second instance starting
/// at the same time, changes nothing. The content stays what it was: only its representation changes. Reads still
/// understand the old shape (a row an older instance writes during a rolling upgrade), but they no longer depend on it.</summary>
public static class PublishedMinutesUpgrade
{
    public static async Task UpgradePublishedMinutesAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NettverkDbContext>();
        var count = await RewriteOldRevisionsAsync(db, CancellationToken.None);
        if (count > 0) app.Logger.LogInformation("Rewrote {Count} published revisions of minutes into schema version {Version}.", count,
            PublishedMinutesRecord.CurrentSchemaVersion);
    }

    public static async Task<int> RewriteOldRevisionsAsync(NettverkDbContext db, CancellationToken ct)
    {
        const int current = PublishedMinutesRecord.CurrentSchemaVersion;
        if (!await db.PublishedMinutes.AnyAsync(p => p.SchemaVersion < current, ct)) return 0;
        // SQL Server's retrying strategy requires a user transaction to run inside it, so the whole unit can be retried.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var rows = await db.PublishedMinutes.AsNoTracking().Where(p => p.SchemaVersion < current).ToListAsync(ct);
            var records = rows.Select(r => (Row: r, Record: PublishedMinutesRecord.Read(r))).ToList();
            var names = await ApproverNamesAsync(db, records.Select(r => r.Record.Approval?.ByAddress), ct);
            var count = 0;
            foreach (var (row, read) in records)
            {
                var record = read.Approval is { ByName: null, ByAddress: { } address } approval
                    && names.TryGetValue(Person.Normalise(address), out var name) ? read with { Approval = approval with { ByName = name } } : read;
                var json = record.ToJson();
                count += await db.PublishedMinutes.Where(p => p.Id == row.Id && p.SchemaVersion == row.SchemaVersion)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.Content, json).SetProperty(p => p.SchemaVersion, current), ct);
            }
            await transaction.CommitAsync(ct);
            return count;
        });
    }

    /// <summary>The people's names for approvers' addresses, by normalised address.</summary>
    public static Task<Dictionary<string, string>> ApproverNamesAsync(NettverkDbContext db, IEnumerable<string?> addresses, CancellationToken ct) =>
        PersonNames.ByAddressAsync(db, addresses, ct);
}

/// <summary>The shape published revisions had before schema version 1: a <see cref="MinutesDto"/> serialised with web
/// defaults and enums by name. Copied here with explicit names, frozen, so it reads them whatever MinutesDto becomes.
/// The row's own columns are taken as the truth for ids, revision and publicity; the time of publication is the one the
/// API showed (the column was stamped a moment later).</summary>
sealed record LegacyMinutesSnapshot(
    [property: JsonPropertyName("body")] LegacyRef Body,
    [property: JsonPropertyName("ownerName")] string? OwnerName,
    [property: JsonPropertyName("meetingTitle")] string MeetingTitle,
    [property: JsonPropertyName("startsAt")] DateTime StartsAt,
    [property: JsonPropertyName("endsAt")] DateTime EndsAt,
    [property: JsonPropertyName("format")] MeetingFormat Format,
    [property: JsonPropertyName("location")] string? Location,
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("reviewDeadline")] DateOnly? ReviewDeadline,
    [property: JsonPropertyName("sentForReviewAt")] DateTime? SentForReviewAt,
    [property: JsonPropertyName("approvedAt")] DateTime? ApprovedAt,
    [property: JsonPropertyName("approvedBy")] string? ApprovedBy,
    [property: JsonPropertyName("approvalNote")] string? ApprovalNote,
    [property: JsonPropertyName("publishedAt")] DateTime? PublishedAt,
    [property: JsonPropertyName("updatedAt")] DateTime UpdatedAt,
    [property: JsonPropertyName("updatedBy")] string? UpdatedBy,
    [property: JsonPropertyName("attendees")] IReadOnlyList<LegacyAttendee>? Attendees,
    [property: JsonPropertyName("entries")] IReadOnlyList<LegacyEntry>? Entries)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static PublishedMinutesRecord ToRecord(PublishedMinutes row, JsonElement content)
    {
        var m = content.Deserialize<LegacyMinutesSnapshot>(Json)
            ?? throw new JsonException($"Published minutes {row.Id} hold no content.");
        return new PublishedMinutesRecord(PublishedMinutesRecord.CurrentSchemaVersion, row.MinutesId, row.MeetingId,
            new RecordRef(row.BodyId, m.Body.Name), m.OwnerName, new RecordMeeting(m.MeetingTitle, m.StartsAt, m.EndsAt, m.Format, m.Location),
            row.Revision, row.IsPublic, m.PublishedAt ?? row.PublishedAt, row.PublishedBy, row.CorrectionReason,
            m.ReviewDeadline is null && m.SentForReviewAt is null ? null : new RecordReview(m.ReviewDeadline, m.SentForReviewAt),
            m.ApprovedAt is { } at ? new RecordApproval(at, m.ApprovedBy, null, m.ApprovalNote) : null,
            new RecordChange(m.UpdatedAt, m.UpdatedBy), m.Version,
            (m.Attendees ?? []).Select(a => new RecordAttendee(a.Id, a.Kind, a.SeatId, a.PersonId, a.Name, a.OrganisationName, a.Status,
                a.DeputyPersonId, a.DeputyName, a.Note)).ToList(),
            (m.Entries ?? []).Select(e => new RecordEntry(e.Id, e.AgendaItemId, e.Position, e.CaseNumber, e.Title, e.Kind, e.Notes, e.Decision,
                e.IsPublic, (e.ActionItems ?? []).Select(a => new RecordActionItem(a.Id, a.CaseNumber, a.What,
                    a.ResponsibleOrganisation is { } o ? new RecordRef(o.Id, o.Name) : null,
                    a.ResponsiblePerson is { } p ? new RecordRef(p.Id, p.Name) : null,
                    a.DueOn, a.Status, a.StatusNote, a.StatusChangedAt, a.Overdue)).ToList())).ToList());
    }
}

sealed record LegacyRef([property: JsonPropertyName("id")] Guid Id, [property: JsonPropertyName("name")] string Name);

sealed record LegacyAttendee(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("kind")] AttendeeKind Kind,
    [property: JsonPropertyName("seatId")] Guid? SeatId,
    [property: JsonPropertyName("personId")] Guid? PersonId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("organisationName")] string? OrganisationName,
    [property: JsonPropertyName("status")] AttendanceStatus Status,
    [property: JsonPropertyName("deputyPersonId")] Guid? DeputyPersonId,
    [property: JsonPropertyName("deputyName")] string? DeputyName,
    [property: JsonPropertyName("note")] string? Note);

sealed record LegacyEntry(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("agendaItemId")] Guid? AgendaItemId,
    [property: JsonPropertyName("position")] int Position,
    [property: JsonPropertyName("caseNumber")] string CaseNumber,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("kind")] AgendaItemKind Kind,
    [property: JsonPropertyName("notes")] string? Notes,
    [property: JsonPropertyName("decision")] string? Decision,
    [property: JsonPropertyName("isPublic")] bool IsPublic,
    [property: JsonPropertyName("actionItems")] IReadOnlyList<LegacyActionItem>? ActionItems);

sealed record LegacyActionItem(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("caseNumber")] string CaseNumber,
    [property: JsonPropertyName("what")] string What,
    [property: JsonPropertyName("responsibleOrganisation")] LegacyRef? ResponsibleOrganisation,
    [property: JsonPropertyName("responsiblePerson")] LegacyRef? ResponsiblePerson,
    [property: JsonPropertyName("dueOn")] DateOnly? DueOn,
    [property: JsonPropertyName("status")] ActionItemStatus Status,
    [property: JsonPropertyName("statusNote")] string? StatusNote,
    [property: JsonPropertyName("statusChangedAt")] DateTime? StatusChangedAt,
    [property: JsonPropertyName("overdue")] bool Overdue);
