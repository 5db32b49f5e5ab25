using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nettverk.Api.Features.Organisations;
using Nettverk.Api.Features.People;

namespace Nettverk.Api.Features.Bodies;

public sealed class BodyConfiguration : IEntityTypeConfiguration<Body>
{
    public void Configure(EntityTypeBuilder<Body> b)
    {
        b.ToTable("Bodies");
        b.Property(x => x.Name).HasMaxLength(200).IsRequired();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.AdoptedBy).HasMaxLength(200);
        b.Property(x => x.Slug).HasMaxLength(BodySlugs.MaxLength);
        b.HasIndex(x => x.Slug).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.ParentBodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Secretariat).WithOne().HasForeignKey(s => s.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.ReportsTo).WithOne().HasForeignKey(r => r.BodyId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class BodySecretaryConfiguration : IEntityTypeConfiguration<BodySecretary>
{
    public void Configure(EntityTypeBuilder<BodySecretary> b)
    {
        b.ToTable("BodySecretaries");
        b.HasIndex(x => new { x.BodyId, x.PersonId }).IsUnique();
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class BodyReportingLineConfiguration : IEntityTypeConfiguration<BodyReportingLine>
{
    public void Configure(EntityTypeBuilder<BodyReportingLine> b)
    {
        b.HasIndex(x => new { x.BodyId, x.CommitteeId }).IsUnique();
        // Restrict, not cascade: a second cascade path into this table from Bodies is what SQL Server refuses.
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.CommitteeId).OnDelete(DeleteBehavior.Restrict);
    }
}
