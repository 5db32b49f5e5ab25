using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nettverk.Api.Features.People;

namespace Nettverk.Api.Features.Organisations;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Property(o => o.Name).HasMaxLength(200).IsRequired();
        b.Property(o => o.OrganisationNumber).HasMaxLength(9);
        b.HasIndex(o => o.OrganisationNumber).IsUnique();
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(o => o.Email).HasMaxLength(254);
        b.Property(o => o.Phone).HasMaxLength(40);
        b.Property(o => o.Website).HasMaxLength(300);
        b.HasIndex(o => new { o.Name, o.Id }); // the list's page order, read off the index without sorting
        b.HasMany(o => o.Contacts).WithOne().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class OrganisationContactConfiguration : IEntityTypeConfiguration<OrganisationContact>
{
    public void Configure(EntityTypeBuilder<OrganisationContact> b)
    {
        b.HasIndex(c => new { c.OrganisationId, c.PersonId }).IsUnique();
        b.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
