using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Nettverk.Api.Mail.Inbound;

public sealed class InboundMessageConfiguration : IEntityTypeConfiguration<InboundMessage>
{
    public void Configure(EntityTypeBuilder<InboundMessage> b)
    {
        b.ToTable("InboundMessages");
        b.Property(m => m.Key).HasMaxLength(InboundMessage.KeyLength).IsRequired();
        b.HasIndex(m => m.Key).IsUnique();
        b.Property(m => m.From).HasMaxLength(320);
        b.Property(m => m.Subject).HasMaxLength(400);
        b.Property(m => m.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.Detail).HasMaxLength(500);
    }
}
