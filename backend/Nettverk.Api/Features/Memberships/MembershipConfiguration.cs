using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Organisations;
using Nettverk.Api.Features.People;

namespace Nettverk.Api.Features.Memberships;

public sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> b)
    {
        b.HasIndex(m => new { m.BodyId, m.OrganisationId });
        b.HasOne<Body>().WithMany().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(m => m.Seats).WithOne().HasForeignKey(s => s.MembershipId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SeatConfiguration : IEntityTypeConfiguration<Seat>
{
    public void Configure(EntityTypeBuilder<Seat> b)
    {
        b.Property(s => s.Role).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(s => s.BodyId);
        // BodyId is a copy of the membership's; no second FK to Bodies (that would be a second cascade path).
        b.HasOne<Person>().WithMany().HasForeignKey(s => s.RepresentativeId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Deputies).WithOne().HasForeignKey(d => d.SeatId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SeatDeputyConfiguration : IEntityTypeConfiguration<SeatDeputy>
{
    public void Configure(EntityTypeBuilder<SeatDeputy> b)
    {
        b.ToTable("SeatDeputies");
        b.HasIndex(d => new { d.SeatId, d.PersonId }).IsUnique();
        b.HasIndex(d => d.BodyId);
        b.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
