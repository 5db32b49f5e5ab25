using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Organisations;

namespace Nettverk.Api.Features.Meetings;

/// <summary>The secretariat opens an agenda item for written input (innspill) up to a deadline. One row per item; no row
/// means the item takes no input. The deadline is stored in UTC and entered and shown in Europe/Oslo time.</summary>
public sealed class AgendaInputDeadline : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid AgendaItemId { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid BodyId { get; private set; }
    public DateTime ClosesAtUtc { get; private set; }
    Guid? IAudited.AuditBodyId => BodyId;

    private AgendaInputDeadline() { }

    public AgendaInputDeadline(AgendaItem item, DateTime closesAtUtc)
    {
        AgendaItemId = item.Id;
        MeetingId = item.MeetingId;
        BodyId = item.BodyId;
        ClosesAtUtc = closesAtUtc;
    }

    public void Move(DateTime closesAtUtc) => ClosesAtUtc = closesAtUtc;
}

/// <summary>Written input to an agenda item, sent by a seat holder or an organisation's contact on behalf of the
/// organisation. Until the secretariat includes it in the papers only the secretariat and the organisation read it.</summary>
public sealed class AgendaInput : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid AgendaItemId { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid BodyId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public Guid AuthorPersonId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTime SubmittedAt { get; private set; }
    public DateTime? EditedAt { get; private set; }
    public DateTime? IncludedAt { get; private set; }
    public List<AgendaInputAttachment> Attachments { get; private set; } = [];
    Guid? IAudited.AuditBodyId => BodyId;

    private AgendaInput() { }

    public AgendaInput(AgendaItem item, Guid organisationId, Guid authorPersonId, string authorName, string text, DateTime nowUtc)
    {
        AgendaItemId = item.Id;
        MeetingId = item.MeetingId;
        BodyId = item.BodyId;
        OrganisationId = organisationId;
        AuthorPersonId = authorPersonId;
        AuthorName = authorName;
        Text = text.Trim();
        SubmittedAt = nowUtc;
    }

    public bool IsIncluded => IncludedAt is not null;

    public void Edit(string text, DateTime nowUtc)
    {
        Text = text.Trim();
        EditedAt = nowUtc;
    }

    public void Include(bool included, DateTime nowUtc) => IncludedAt = included ? IncludedAt ?? nowUtc : null;
}

/// <summary>A file sent with an input; its bytes live in the file store under <see cref="StorageKey"/>.</summary>
public sealed class AgendaInputAttachment : IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid AgendaInputId { get; private set; }
    public Guid BodyId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string StorageKey { get; private set; } = "";
    public DateTime UploadedAt { get; private set; }
    Guid? IAudited.AuditBodyId => BodyId;

    private AgendaInputAttachment() { }

    public AgendaInputAttachment(AgendaInput input, string fileName, string contentType, long size, string storageKey, DateTime uploadedAt)
    {
        AgendaInputId = input.Id;
        BodyId = input.BodyId;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        StorageKey = storageKey;
        UploadedAt = uploadedAt;
    }
}

public sealed class AgendaInputDeadlineConfiguration : IEntityTypeConfiguration<AgendaInputDeadline>
{
    public void Configure(EntityTypeBuilder<AgendaInputDeadline> b)
    {
        b.ToTable("AgendaInputDeadlines");
        b.HasIndex(x => x.AgendaItemId).IsUnique();
        b.HasIndex(x => x.MeetingId);
        b.HasOne<AgendaItem>().WithMany().HasForeignKey(x => x.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AgendaInputConfiguration : IEntityTypeConfiguration<AgendaInput>
{
    public void Configure(EntityTypeBuilder<AgendaInput> b)
    {
        b.ToTable("AgendaInputs");
        b.Property(x => x.AuthorName).HasMaxLength(200).IsRequired();
        b.Property(x => x.Text).HasMaxLength(AgendaInputLimits.MaxText).IsRequired();
        b.HasIndex(x => x.MeetingId);
        b.HasIndex(x => x.AgendaItemId);
        b.HasOne<AgendaItem>().WithMany().HasForeignKey(x => x.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Attachments).WithOne().HasForeignKey(x => x.AgendaInputId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AgendaInputAttachmentConfiguration : IEntityTypeConfiguration<AgendaInputAttachment>
{
    public void Configure(EntityTypeBuilder<AgendaInputAttachment> b)
    {
        b.ToTable("AgendaInputAttachments");
        b.Property(x => x.FileName).HasMaxLength(255).IsRequired();
        b.Property(x => x.ContentType).HasMaxLength(150).IsRequired();
        b.Property(x => x.StorageKey).HasMaxLength(200).IsRequired();
    }
}

public static class AgendaInputLimits
{
    public const int MaxText = 20000;
}
