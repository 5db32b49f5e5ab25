using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nettverk.Api.Features.Accounts;
using Nettverk.Api.Features.Organisations;

namespace Nettverk.Api.Features.People;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("People");
        b.Property(p => p.Name).HasMaxLength(200).IsRequired();
        b.HasIndex(p => new { p.Name, p.Id }); // the people list's page order, read off the index without sorting
        b.Property(p => p.Email).HasMaxLength(254).IsRequired();
        b.Property(p => p.NormalizedEmail).HasMaxLength(254).IsRequired();
        b.HasIndex(p => p.NormalizedEmail).IsUnique();
        b.Property(p => p.Phone).HasMaxLength(40);
        b.Property(p => p.Title).HasMaxLength(200);
        b.Property(p => p.CalendarFeedTokenHash).HasMaxLength(64);
        b.HasIndex(p => p.CalendarFeedTokenHash).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithOne().HasForeignKey<Person>(p => p.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}
