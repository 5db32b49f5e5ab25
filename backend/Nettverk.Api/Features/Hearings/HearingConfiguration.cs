using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Organisations;

namespace Nettverk.Api.Features.Hearings;

public sealed class HearingConfiguration : IEntityTypeConfiguration<Hearing>
{
    public void Configure(EntityTypeBuilder<Hearing> b)
    {
        b.Property(h => h.Title).HasMaxLength(200);
        b.Property(h => h.Concerns).HasMaxLength(300);
        b.Property(h => h.Description).HasMaxLength(20000);
        b.Property(h => h.Slug).HasMaxLength(80);
        b.Property(h => h.ReminderDays).HasMaxLength(40);
        b.Property(h => h.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(h => h.Summary).HasMaxLength(100000);
        b.HasIndex(h => h.Slug).IsUnique();
        b.HasIndex(h => new { h.BodyId, h.Status });
        b.HasOne<Body>().WithMany().HasForeignKey(h => h.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(h => h.Sections).WithOne().HasForeignKey(s => s.HearingId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(h => h.Sections).AutoInclude();
        b.Ignore(h => h.ReminderDayList);
    }
}

public sealed class HearingSectionConfiguration : IEntityTypeConfiguration<HearingSection>
{
    public void Configure(EntityTypeBuilder<HearingSection> b)
    {
        b.Property(s => s.Title).HasMaxLength(200);
        b.HasIndex(s => new { s.HearingId, s.Position });
    }
}

public sealed class HearingDocumentConfiguration : IEntityTypeConfiguration<HearingDocument>
{
    public void Configure(EntityTypeBuilder<HearingDocument> b)
    {
        b.Property(d => d.FileName).HasMaxLength(200);
        b.Property(d => d.ContentType).HasMaxLength(120);
        b.Property(d => d.StorageKey).HasMaxLength(100);
        b.HasIndex(d => new { d.HearingId, d.DocumentKey, d.Version }).IsUnique();
        b.HasOne<Hearing>().WithMany().HasForeignKey(d => d.HearingId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class HearingPartyConfiguration : IEntityTypeConfiguration<HearingParty>
{
    public void Configure(EntityTypeBuilder<HearingParty> b)
    {
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Email).HasMaxLength(254);
        b.Property(p => p.Token).HasMaxLength(64);
        b.HasIndex(p => p.Token).IsUnique();
        b.HasIndex(p => new { p.HearingId, p.OrganisationId });
        b.HasOne<Hearing>().WithMany().HasForeignKey(p => p.HearingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Body>().WithMany().HasForeignKey(p => p.PartyBodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.Response).WithOne().HasForeignKey<HearingResponse>(r => r.PartyId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Response).AutoInclude();
        b.Ignore(p => p.Status);
        b.Ignore(p => p.HasAnswered);
    }
}

public sealed class HearingResponseConfiguration : IEntityTypeConfiguration<HearingResponse>
{
    public void Configure(EntityTypeBuilder<HearingResponse> b)
    {
        b.Property(r => r.Text).HasMaxLength(100000);
        b.Property(r => r.ExemptBasis).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(r => r.PartyId).IsUnique();
        b.HasIndex(r => r.HearingId);
        b.Ignore(r => r.SectionTexts);
        b.Ignore(r => r.Revisions);
    }
}

public sealed class HearingAttachmentConfiguration : IEntityTypeConfiguration<HearingAttachment>
{
    public void Configure(EntityTypeBuilder<HearingAttachment> b)
    {
        b.Property(d => d.FileName).HasMaxLength(200);
        b.Property(d => d.ContentType).HasMaxLength(120);
        b.Property(d => d.StorageKey).HasMaxLength(100);
        b.HasIndex(d => d.PartyId);
        b.HasOne<HearingParty>().WithMany().HasForeignKey(d => d.PartyId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class HearingReminderConfiguration : IEntityTypeConfiguration<HearingReminder>
{
    public void Configure(EntityTypeBuilder<HearingReminder> b)
    {
        b.HasIndex(r => new { r.PartyId, r.DueAt }).IsUnique();
        b.HasOne<HearingParty>().WithMany().HasForeignKey(r => r.PartyId).OnDelete(DeleteBehavior.Cascade);
    }
}
