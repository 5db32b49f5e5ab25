using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Nettverk.Api.Mail;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("OutboxMessages");
        b.Property(m => m.MessageId).HasMaxLength(200).IsRequired();
        b.HasIndex(m => m.MessageId).IsUnique();
        b.Property(m => m.Kind).HasMaxLength(100);
        b.Property(m => m.To).HasMaxLength(254);
        b.Property(m => m.ToName).HasMaxLength(200);
        b.Property(m => m.Subject).HasMaxLength(400);
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.LastError).HasMaxLength(2000);
        b.Property(m => m.CalendarMethod).HasMaxLength(20);
        b.HasIndex(m => new { m.Status, m.NextAttemptAt });
        b.HasIndex(m => new { m.CreatedAt, m.Id }); // the sent-mail list's page order (newest first), without sorting
    }
}
