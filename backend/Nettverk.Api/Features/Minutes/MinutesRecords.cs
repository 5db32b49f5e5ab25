using Nettverk.Api.Common;

namespace Nettverk.Api.Features.Minutes;

/// <summary>A seat holder's comment on minutes on review, on one entry or on the whole.</summary>
public sealed class MinutesComment : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid MinutesId { get; private set; }
    public Guid BodyId { get; private set; }
    public int Revision { get; private set; }
    public Guid? EntryId { get; private set; }
    public Guid? PersonId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    Guid? IAudited.AuditBodyId => BodyId;

    private MinutesComment() { }

    public MinutesComment(Minutes minutes, Guid? entryId, Guid? personId, string authorName, string text, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new FieldValidationException("text", ErrorCodes.CommentRequired, "Write a comment.");
        MinutesId = minutes.Id;
        BodyId = minutes.BodyId;
        Revision = minutes.Revision;
        EntryId = entryId;
        PersonId = personId;
        AuthorName = authorName;
        Text = text.Trim();
        CreatedAt = nowUtc;
    }
}

/// <summary>A published revision of the minutes, frozen: its content a <see cref="PublishedMinutesRecord"/> as JSON, never
/// changed after it is written (except once, into a newer schema, by <see cref="PublishedMinutesUpgrade"/>). The public version
/// is derived from it by leaving out what is not public.</summary>
public sealed class PublishedMinutes
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid MinutesId { get; init; }
    public Guid MeetingId { get; init; }
    public Guid BodyId { get; init; }
    public int Revision { get; init; }
    public DateTime PublishedAt { get; init; }
    public string PublishedBy { get; init; } = "";
    public bool IsPublic { get; init; }
    public string? CorrectionReason { get; init; }
    public string Content { get; init; } = "";
    /// <summary>The <see cref="PublishedMinutesRecord.SchemaVersion"/> of <see cref="Content"/>; 0 for the serialised API
    /// response stored before the record existed.</summary>
    public int SchemaVersion { get; init; }
}

/// <summary>A notice sent once about a meeting (the secretariat reminded that its minutes are missing); unique per
/// meeting and kind, so the job that sends it may run any number of times.</summary>
public sealed class MeetingNotice
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid MeetingId { get; private set; }
    public string Kind { get; private set; } = "";
    public DateTime SentAtUtc { get; private set; }

    private MeetingNotice() { }

    public MeetingNotice(Guid meetingId, string kind, DateTime sentAtUtc)
    {
        MeetingId = meetingId;
        Kind = kind;
        SentAtUtc = sentAtUtc;
    }
}
