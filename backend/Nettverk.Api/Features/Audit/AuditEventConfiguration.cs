using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Nettverk.Api.Features.Audit;

public sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> b)
    {
        b.Property(e => e.Actor).HasMaxLength(254);
        b.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.EntityType).HasMaxLength(100);
        b.HasIndex(e => e.At);
        b.HasIndex(e => new { e.BodyId, e.At });
        b.HasIndex(e => new { e.EntityType, e.EntityId });
        // No foreign keys on purpose: the log outlives what it describes.
    }
}
