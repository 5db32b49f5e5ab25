using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nettverk.Api.Features.Meetings;

namespace Nettverk.Api.Features.Registrations;

public sealed class RegistrationSettingsConfiguration : IEntityTypeConfiguration<RegistrationSettings>
{
    public void Configure(EntityTypeBuilder<RegistrationSettings> b)
    {
        b.HasKey(s => s.MeetingId);
        b.HasOne<Meeting>().WithOne().HasForeignKey<RegistrationSettings>(s => s.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> b)
    {
        b.Property(r => r.Name).HasMaxLength(200);
        b.Property(r => r.Email).HasMaxLength(254);
        b.Property(r => r.EmailKey).HasMaxLength(254);
        b.Property(r => r.Organisation).HasMaxLength(200);
        b.Property(r => r.Needs).HasMaxLength(1000);
        b.Property(r => r.Token).HasMaxLength(64);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => r.Token).IsUnique();
        b.HasIndex(r => new { r.MeetingId, r.EmailKey }).IsUnique();
        // The seat guard (see Registration): NULLs (no seat) do not collide; SQL Server gets the IS NOT NULL filter from EF.
        b.HasIndex(r => new { r.MeetingId, r.SeatNumber }).IsUnique();
        b.HasIndex(r => new { r.MeetingId, r.Status, r.WaitListedAt });
        b.HasOne<Meeting>().WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RegistrationAttemptConfiguration : IEntityTypeConfiguration<RegistrationAttempt>
{
    public void Configure(EntityTypeBuilder<RegistrationAttempt> b)
    {
        b.Property(a => a.EmailKey).HasMaxLength(254);
        b.HasIndex(a => new { a.EmailKey, a.At });
    }
}
