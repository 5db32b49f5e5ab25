using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Features.Organisations;
using Nettverk.Api.Features.People;

namespace Nettverk.Api.Features.Minutes;

public sealed class MinutesConfiguration : IEntityTypeConfiguration<Minutes>
{
    public void Configure(EntityTypeBuilder<Minutes> b)
    {
        b.ToTable("Minutes");
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.ApprovedBy).HasMaxLength(254);
        b.Property(x => x.UpdatedBy).HasMaxLength(254);
        b.Property(x => x.ApprovalNote).HasMaxLength(1000);
        b.Property(x => x.CorrectionReason).HasMaxLength(2000);
        b.HasIndex(x => x.MeetingId).IsUnique();
        b.HasIndex(x => new { x.BodyId, x.Status });
        b.HasOne<Meeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Entries).WithOne().HasForeignKey(e => e.MinutesId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Attendees).WithOne().HasForeignKey(a => a.MinutesId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MinutesEntryConfiguration : IEntityTypeConfiguration<MinutesEntry>
{
    public void Configure(EntityTypeBuilder<MinutesEntry> b)
    {
        b.ToTable("MinutesEntries");
        b.Property(x => x.CaseNumber).HasMaxLength(20).IsRequired();
        b.Property(x => x.Title).HasMaxLength(300).IsRequired();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Decision).HasMaxLength(20000);
        // An agenda item removed after the minutes were started leaves its entry (with the copied title) behind.
        b.HasOne<AgendaItem>().WithMany().HasForeignKey(x => x.AgendaItemId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class MinutesAttendeeConfiguration : IEntityTypeConfiguration<MinutesAttendee>
{
    public void Configure(EntityTypeBuilder<MinutesAttendee> b)
    {
        b.ToTable("MinutesAttendees");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(200).IsRequired();
        b.Property(x => x.OrganisationName).HasMaxLength(200);
        b.Property(x => x.DeputyName).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(300);
    }
}

public sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> b)
    {
        b.ToTable("ActionItems");
        b.Property(x => x.CaseNumber).HasMaxLength(20).IsRequired();
        b.Property(x => x.What).HasMaxLength(1000).IsRequired();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.StatusNote).HasMaxLength(2000);
        b.Property(x => x.StatusChangedBy).HasMaxLength(254);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.BodyId, x.Status, x.DueOn });
        b.HasIndex(x => new { x.ResponsibleOrganisationId, x.Status });
        b.HasIndex(x => new { x.Status, x.IsLive, x.DueOn });
        b.HasOne<Minutes>().WithMany().HasForeignKey(x => x.MinutesId).OnDelete(DeleteBehavior.Cascade);
        // Not cascading from the entry as well: the minutes already cascade, and SQL Server refuses two paths.
        b.HasOne<MinutesEntry>().WithMany().HasForeignKey(x => x.EntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.ResponsibleOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.ResponsiblePersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Reports.CommitteeStatement>().WithMany().HasForeignKey(x => x.CommitteeStatementId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ActionItemReminderConfiguration : IEntityTypeConfiguration<ActionItemReminder>
{
    public void Configure(EntityTypeBuilder<ActionItemReminder> b)
    {
        b.ToTable("ActionItemReminders");
        b.Property(x => x.Kind).HasMaxLength(40).IsRequired();
        b.HasIndex(x => new { x.ActionItemId, x.Kind, x.DueOn }).IsUnique();
        b.HasOne<ActionItem>().WithMany().HasForeignKey(x => x.ActionItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MinutesCommentConfiguration : IEntityTypeConfiguration<MinutesComment>
{
    public void Configure(EntityTypeBuilder<MinutesComment> b)
    {
        b.ToTable("MinutesComments");
        b.Property(x => x.AuthorName).HasMaxLength(200).IsRequired();
        b.Property(x => x.Text).HasMaxLength(4000).IsRequired();
        b.HasIndex(x => new { x.MinutesId, x.CreatedAt });
        b.HasOne<Minutes>().WithMany().HasForeignKey(x => x.MinutesId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PublishedMinutesConfiguration : IEntityTypeConfiguration<PublishedMinutes>
{
    public void Configure(EntityTypeBuilder<PublishedMinutes> b)
    {
        b.ToTable("PublishedMinutes");
        b.Property(x => x.PublishedBy).HasMaxLength(254);
        b.Property(x => x.CorrectionReason).HasMaxLength(2000);
        b.Property(x => x.Content).IsRequired();
        b.HasIndex(x => new { x.MinutesId, x.Revision }).IsUnique();
        b.HasIndex(x => new { x.BodyId, x.IsPublic, x.PublishedAt });
        b.HasOne<Minutes>().WithMany().HasForeignKey(x => x.MinutesId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class MeetingNoticeConfiguration : IEntityTypeConfiguration<MeetingNotice>
{
    public void Configure(EntityTypeBuilder<MeetingNotice> b)
    {
        b.ToTable("MeetingNotices");
        b.Property(x => x.Kind).HasMaxLength(40).IsRequired();
        b.HasIndex(x => new { x.MeetingId, x.Kind }).IsUnique();
        b.HasOne<Meeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
