using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Memberships;
using Nettverk.Api.Features.People;

namespace Nettverk.Api.Features.Meetings;

public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    static readonly ValueConverter<DateTime, DateTime> WallClock = new(
        v => DateTime.SpecifyKind(v, DateTimeKind.Unspecified), v => DateTime.SpecifyKind(v, DateTimeKind.Unspecified));

    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.ToTable("Meetings");
        b.Property(x => x.Title).HasMaxLength(200).IsRequired();
        // Oslo wall-clock times: stored as written and read back without a kind. The model's UTC convention would shift
        // them by the server's own zone on the way in and label them UTC ("…Z") on the way out.
        b.Property(x => x.StartsAtLocal).HasConversion(WallClock);
        b.Property(x => x.EndsAtLocal).HasConversion(WallClock);
        b.Property(x => x.Format).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Location).HasMaxLength(400);
        b.Property(x => x.VideoUrl).HasMaxLength(1000);
        b.Property(x => x.CancellationReason).HasMaxLength(2000);
        b.HasIndex(x => new { x.BodyId, x.StartsAtUtc });
        b.HasIndex(x => new { x.Status, x.StartsAtUtc });
        // Replies are matched by it; two meetings can never share one.
        b.Property(x => x.CalendarUid).HasMaxLength(300);
        b.HasIndex(x => x.CalendarUid).IsUnique();
        // Two commands on the invitations that loaded the same state cannot both commit (Meeting.InvitationsVersion).
        b.Property(x => x.InvitationsVersion).IsConcurrencyToken();
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Restrict);
        // The aggregate's own list (its field): loaded with the meeting for the commands that need it.
        b.HasMany(x => x.Invitations).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.ToTable("AgendaItems");
        b.Property(x => x.Title).HasMaxLength(300).IsRequired();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.PresenterText).HasMaxLength(300);
        b.Property(x => x.Standard).HasConversion<string>().HasMaxLength(20);
        // Case numbers are unique per body and year: two items created at once cannot share one.
        b.HasIndex(x => new { x.BodyId, x.CaseYear, x.CaseNumber }).IsUnique();
        b.HasIndex(x => new { x.MeetingId, x.Position });
        b.HasOne<Meeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PresenterPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AgendaPaperConfiguration : IEntityTypeConfiguration<AgendaPaper>
{
    public void Configure(EntityTypeBuilder<AgendaPaper> b)
    {
        b.ToTable("AgendaPapers");
        b.Property(x => x.FileName).HasMaxLength(255).IsRequired();
        b.Property(x => x.ContentType).HasMaxLength(150).IsRequired();
        b.Property(x => x.StorageKey).HasMaxLength(200).IsRequired();
        b.HasOne<AgendaItem>().WithMany().HasForeignKey(x => x.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        // No cascade from Meetings as well: the item already cascades, and SQL Server refuses two paths.
        b.HasOne<Meeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class MeetingPlanConfiguration : IEntityTypeConfiguration<MeetingPlan>
{
    public void Configure(EntityTypeBuilder<MeetingPlan> b)
    {
        b.ToTable("MeetingPlans");
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => new { x.BodyId, x.Year }).IsUnique();
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Proposals).WithOne().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PlannedMeetingConfiguration : IEntityTypeConfiguration<PlannedMeeting>
{
    public void Configure(EntityTypeBuilder<PlannedMeeting> b)
    {
        b.ToTable("PlannedMeetings");
        b.Property(x => x.Format).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Location).HasMaxLength(400);
        b.Property(x => x.VideoUrl).HasMaxLength(1000);
    }
}

public sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> b)
    {
        b.ToTable("Invitations");
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Answer).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Comment).HasMaxLength(2000);
        b.Property(x => x.AnsweredBy).HasMaxLength(254);
        b.HasIndex(x => new { x.MeetingId, x.PersonId }).IsUnique();
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Seat>().WithMany().HasForeignKey(x => x.SeatId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> b)
    {
        b.ToTable("SentReminders");
        b.Property(x => x.Kind).HasMaxLength(40).IsRequired();
        b.HasIndex(x => new { x.InvitationId, x.Kind, x.DueAtUtc }).IsUnique();
        b.HasIndex(x => new { x.MeetingId, x.Kind, x.DueAtUtc });
        b.HasOne<Invitation>().WithMany().HasForeignKey(x => x.InvitationId).OnDelete(DeleteBehavior.Cascade);
    }
}
