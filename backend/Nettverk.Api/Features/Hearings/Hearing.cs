using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Nettverk.Api.Common;

namespace Nettverk.Api.Features.Hearings;

/// <summary>The stored states; <see cref="HearingState.Closed"/> is never stored: an open hearing is closed once its
/// <see cref="Hearing.ClosesAt"/> has passed (<see cref="Hearing.StateAt"/>), so every read is right without a job.</summary>
public enum HearingState { Draft, Open, Closed, Summarised, SentToPoliticalTreatment }

public enum HearingPartyKind { Organisation, Body, Person }

public enum HearingPartyStatus { Invited, Opened, Responded, NoComments, ExtensionGranted, Declined }

/// <summary>The legal basis for exempting a response from public access (offentleglova).</summary>
public enum ExemptionBasis { Offl13, Offl14, Offl15, Offl23, Offl24, Offl26, Offl5a }

/// <summary>A høring: a strategy or plan draft put out for comment by a body to invited parties for a period.</summary>
public sealed class Hearing : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid BodyId { get; private set; }
    public string Title { get; private set; } = "";
    public string? Concerns { get; private set; }
    public string? Description { get; private set; }
    public string Slug { get; private set; } = "";
    public DateTime OpensAt { get; private set; }
    public DateTime ClosesAt { get; private set; }
    public bool PublishResponses { get; private set; }
    /// <summary>Days before a party's deadline a reminder goes to a party without an answer, comma-separated ("7,2").</summary>
    public string ReminderDays { get; private set; } = "7,2";
    public HearingState Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? OpenedAt { get; private set; }
    public string? Summary { get; private set; }
    public DateTime? SummarisedAt { get; private set; }
    public DateTime? SentAt { get; private set; }
    public List<HearingSection> Sections { get; private set; } = [];
    Guid? IAudited.AuditBodyId => BodyId;

    private Hearing() { }

    public Hearing(Guid bodyId, DateTime now) { BodyId = bodyId; CreatedAt = now; Status = HearingState.Draft; }

    public void Edit(string title, string? concerns, string? description, DateTime opensAt, DateTime closesAt, bool publish,
        IReadOnlyList<int> reminderDays, IReadOnlyList<string>? sections)
    {
        if (Status is not (HearingState.Draft or HearingState.Open))
            throw new DomainRuleException("hearing_not_editable", "The hearing is closed for changes.");
        if (closesAt <= opensAt)
            throw new FieldValidationException("closesAt", ErrorCodes.HearingClosesBeforeOpens, "The hearing must close after it opens.");
        Title = title.Trim();
        Concerns = string.IsNullOrWhiteSpace(concerns) ? null : concerns.Trim();
        Description = description;
        OpensAt = opensAt;
        ClosesAt = closesAt;
        PublishResponses = publish;
        ReminderDays = string.Join(",", reminderDays.Where(d => d is > 0 and <= 60).Distinct().OrderDescending());
        if (Slug.Length == 0) Slug = MakeSlug(title);
        if (sections is not null)
        {
            var titles = sections.Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
            // Sections keep their ids where the position stays, so answers given to them stay with them.
            for (var i = 0; i < titles.Count; i++)
            {
                var existing = Sections.FirstOrDefault(s => s.Position == i);
                if (existing is null) Sections.Add(new HearingSection(Id, i, titles[i]));
                else existing.Rename(titles[i]);
            }
            Sections.RemoveAll(s => s.Position >= titles.Count);
        }
    }

    public IReadOnlyList<int> ReminderDayList =>
        ReminderDays.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();

    public HearingState StateAt(DateTime now) =>
        Status == HearingState.Open && now >= ClosesAt ? HearingState.Closed : Status;

    public void Open(DateTime now)
    {
        if (Status != HearingState.Draft) throw new DomainRuleException("hearing_not_draft", "The hearing has been opened already.");
        if (now >= ClosesAt) throw new DomainRuleException("hearing_deadline_passed", "The hearing's closing time has passed.");
        Status = HearingState.Open;
        OpenedAt = now;
    }

    public void Summarise(string summary, DateTime now)
    {
        if (StateAt(now) is not (HearingState.Closed or HearingState.Summarised))
            throw new DomainRuleException("hearing_not_closed", "The summary is written once the hearing has closed.");
        Summary = summary;
        SummarisedAt = now;
        Status = HearingState.Summarised;
    }

    public void SendToPoliticalTreatment(DateTime now)
    {
        if (Status != HearingState.Summarised)
            throw new DomainRuleException("hearing_not_summarised", "Write the summary before sending the hearing on.");
        Status = HearingState.SentToPoliticalTreatment;
        SentAt = now;
    }

    static string MakeSlug(string title)
    {
        var text = title.ToLowerInvariant().Replace("æ", "ae").Replace("ø", "o").Replace("å", "a").Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-' && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark) sb.Append('-');
        }
        var head = sb.ToString().Trim('-');
        if (head.Length > 60) head = head[..60].Trim('-');
        return (head.Length > 0 ? head + "-" : "") + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
    }
}

public sealed class HearingSection : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid HearingId { get; private set; }
    public int Position { get; private set; }
    public string Title { get; private set; } = "";
    private HearingSection() { }
    public HearingSection(Guid hearingId, int position, string title) { HearingId = hearingId; Position = position; Title = title; }
    public void Rename(string title) => Title = title;
}

/// <summary>An uploaded hearing document. Versions of one document share <see cref="DocumentKey"/>; a new version never
/// replaces the old file.</summary>
public sealed class HearingDocument : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid HearingId { get; private set; }
    public Guid DocumentKey { get; private set; }
    public int Version { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string StorageKey { get; private set; } = "";
    public DateTime UploadedAt { get; private set; }
    private HearingDocument() { }
    public HearingDocument(Guid hearingId, Guid documentKey, int version, string fileName, string contentType, long size, string storageKey, DateTime now)
    {
        HearingId = hearingId; DocumentKey = documentKey; Version = version; FileName = fileName; ContentType = contentType;
        Size = size; StorageKey = storageKey; UploadedAt = now;
    }
}

/// <summary>A høringsinstans: an organisation, another body, or a named person with an e-mail address. Its
/// <see cref="Token"/> is the key of the per-party link in the invitation (answering without an account).</summary>
public sealed class HearingParty : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid HearingId { get; private set; }
    public HearingPartyKind Kind { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public Guid? PartyBodyId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Email { get; private set; }
    public string Token { get; private set; } = "";
    public DateTime AddedAt { get; private set; }
    public DateTime? InvitedAt { get; private set; }
    public DateTime? OpenedAt { get; private set; }
    public DateTime? ExtendedTo { get; private set; }
    public DateTime? DeclinedAt { get; private set; }
    public HearingResponse? Response { get; private set; }

    private HearingParty() { }

    public HearingParty(Guid hearingId, HearingPartyKind kind, Guid? organisationId, Guid? bodyId, string name, string? email, DateTime now)
    {
        HearingId = hearingId; Kind = kind; OrganisationId = organisationId; PartyBodyId = bodyId; Name = name; Email = email;
        AddedAt = now;
        Token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public DateTime DeadlineFor(Hearing hearing) => ExtendedTo is { } to && to > hearing.ClosesAt ? to : hearing.ClosesAt;

    public HearingPartyStatus Status =>
        DeclinedAt is not null ? HearingPartyStatus.Declined
        : Response is { NoComments: true } ? HearingPartyStatus.NoComments
        : Response is not null ? HearingPartyStatus.Responded
        : ExtendedTo is not null ? HearingPartyStatus.ExtensionGranted
        : OpenedAt is not null ? HearingPartyStatus.Opened
        : HearingPartyStatus.Invited;

    /// <summary>A final answer: a response (ingen merknader included) or a refusal to answer.</summary>
    public bool HasAnswered => Response is not null || DeclinedAt is not null;

    public void MarkInvited(DateTime now) => InvitedAt ??= now;
    public void MarkOpened(DateTime now) => OpenedAt ??= now;

    public void Extend(Hearing hearing, DateTime to)
    {
        if (to <= hearing.ClosesAt)
            throw new FieldValidationException("deadline", ErrorCodes.HearingExtensionTooEarly, "An extension must end after the hearing closes.");
        ExtendedTo = to;
    }

    public void Decline(Hearing hearing, DateTime now)
    {
        EnsureCanAnswer(hearing, now);
        DeclinedAt = now;
    }

    public void EnsureCanAnswer(Hearing hearing, DateTime now)
    {
        var state = hearing.StateAt(now);
        if (state == HearingState.Draft || now < hearing.OpensAt)
            throw new DomainRuleException("hearing_not_open", "The hearing is not open for responses yet.");
        if (state is HearingState.Summarised or HearingState.SentToPoliticalTreatment || now >= DeadlineFor(hearing))
            throw new DomainRuleException("hearing_deadline_passed", "The deadline for this party's response has passed.");
    }

    public HearingResponse Respond(Hearing hearing, bool noComments, string? text, IReadOnlyDictionary<Guid, string> sections,
        ExemptionBasis? exempt, string by, DateTime now)
    {
        EnsureCanAnswer(hearing, now);
        DeclinedAt = null;
        Response ??= new HearingResponse(Id, HearingId, now);
        Response.Revise(noComments, text, sections, exempt, by, now);
        return Response;
    }
}

/// <summary>A høringssvar: the party's one answer, revised until its deadline; each revision's author and time are kept.</summary>
public sealed class HearingResponse : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid PartyId { get; private set; }
    public Guid HearingId { get; private set; }
    public bool NoComments { get; private set; }
    public string? Text { get; private set; }
    /// <summary>JSON: section id → text.</summary>
    public string SectionsJson { get; private set; } = "{}";
    /// <summary>JSON: [{by, at}] of every submission, the first one first.</summary>
    public string RevisionsJson { get; private set; } = "[]";
    public ExemptionBasis? ExemptBasis { get; private set; }
    public DateTime SubmittedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    private HearingResponse() { }
    public HearingResponse(Guid partyId, Guid hearingId, DateTime now) { PartyId = partyId; HearingId = hearingId; SubmittedAt = now; }

    public IReadOnlyDictionary<Guid, string> SectionTexts =>
        JsonSerializer.Deserialize<Dictionary<Guid, string>>(SectionsJson) ?? [];

    public IReadOnlyList<HearingRevision> Revisions =>
        JsonSerializer.Deserialize<List<HearingRevision>>(RevisionsJson) ?? [];

    internal void Revise(bool noComments, string? text, IReadOnlyDictionary<Guid, string> sections, ExemptionBasis? exempt, string by, DateTime now)
    {
        NoComments = noComments;
        Text = noComments ? null : string.IsNullOrWhiteSpace(text) ? null : text;
        SectionsJson = JsonSerializer.Serialize(noComments ? new Dictionary<Guid, string>()
            : sections.Where(s => !string.IsNullOrWhiteSpace(s.Value)).ToDictionary());
        ExemptBasis = exempt;
        UpdatedAt = now;
        RevisionsJson = JsonSerializer.Serialize(Revisions.Append(new HearingRevision(by, now)).ToList());
    }
}

public sealed record HearingRevision(string By, DateTime At);

public sealed class HearingAttachment : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid PartyId { get; private set; }
    public Guid HearingId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string StorageKey { get; private set; } = "";
    public DateTime UploadedAt { get; private set; }
    private HearingAttachment() { }
    public HearingAttachment(Guid partyId, Guid hearingId, string fileName, string contentType, long size, string storageKey, DateTime now)
    {
        PartyId = partyId; HearingId = hearingId; FileName = fileName; ContentType = contentType; Size = size; StorageKey = storageKey; UploadedAt = now;
    }
}

/// <summary>A reminder sent to a party for one due time; the unique (party, due time) makes a rerun send nothing twice.</summary>
public sealed class HearingReminder
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid PartyId { get; private set; }
    public DateTime DueAt { get; private set; }
    public DateTime SentAt { get; private set; }
    private HearingReminder() { }
    public HearingReminder(Guid partyId, DateTime dueAt, DateTime sentAt) { PartyId = partyId; DueAt = dueAt; SentAt = sentAt; }
}
