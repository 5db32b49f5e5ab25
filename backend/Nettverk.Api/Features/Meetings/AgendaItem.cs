using Nettverk.Api.Common;

namespace Nettverk.Api.Features.Meetings;

public enum AgendaItemKind { Information, Discussion, Decision }

/// <summary>The standing items put first on an agenda: approving the previous meeting's minutes, and following up its
/// action items ("Godkjenning av referat fra forrige møte", "Oppfølging fra forrige møte").</summary>
public enum StandardAgendaItem { PreviousMinutes, FollowUp }

/// <summary>An item on a meeting's agenda. Its case number counts per body and year ("Sak 3/21") and never changes once
/// given, even when items are reordered or removed.</summary>
public sealed class AgendaItem : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid MeetingId { get; private set; }
    public Guid BodyId { get; private set; }
    public int Position { get; private set; }
    public int CaseYear { get; private set; }
    public int CaseNumber { get; private set; }
    public string Title { get; private set; } = "";
    public AgendaItemKind Kind { get; private set; }
    public string? Description { get; private set; }
    public Guid? PresenterPersonId { get; private set; }
    public string? PresenterText { get; private set; }
    public int DurationMinutes { get; private set; }
    public StandardAgendaItem? Standard { get; private set; }
    Guid? IAudited.AuditBodyId => BodyId;

    private AgendaItem() { }

    public AgendaItem(Guid meetingId, Guid bodyId, int position, int caseYear, int caseNumber)
    {
        MeetingId = meetingId;
        BodyId = bodyId;
        Position = position;
        CaseYear = caseYear;
        CaseNumber = caseNumber;
    }

    public void Describe(string title, AgendaItemKind kind, string? description, Guid? presenterPersonId, string? presenterText,
        int durationMinutes)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new FieldValidationException("title", ErrorCodes.AgendaItemTitleRequired, "Give the item a title.");
        if (durationMinutes is < 0 or > 600) throw new FieldValidationException("durationMinutes", ErrorCodes.OutOfRange, "Between 0 and 600 minutes.",
            new() { ["min"] = 0, ["max"] = 600 });
        Title = title.Trim();
        Kind = kind;
        Description = string.IsNullOrWhiteSpace(description) ? null : description;
        PresenterPersonId = presenterPersonId;
        PresenterText = string.IsNullOrWhiteSpace(presenterText) ? null : presenterText.Trim();
        DurationMinutes = durationMinutes;
    }

    public void MoveTo(int position) => Position = position;

    public void MarkStandard(StandardAgendaItem kind) => Standard = kind;

    /// <summary>"Sak 3/21": the number, then the year's last two digits.</summary>
    public static string Label(int number, int year) => $"{number}/{year % 100:00}";
}

/// <summary>A paper (attachment) to an agenda item; its bytes live in the file store under <see cref="StorageKey"/>.</summary>
public sealed class AgendaPaper : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid AgendaItemId { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid BodyId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string StorageKey { get; private set; } = "";
    public DateTime UploadedAt { get; private set; }
    Guid? IAudited.AuditBodyId => BodyId;

    private AgendaPaper() { }

    public AgendaPaper(AgendaItem item, string fileName, string contentType, long size, string storageKey, DateTime uploadedAt)
    {
        AgendaItemId = item.Id;
        MeetingId = item.MeetingId;
        BodyId = item.BodyId;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        StorageKey = storageKey;
        UploadedAt = uploadedAt;
    }
}
