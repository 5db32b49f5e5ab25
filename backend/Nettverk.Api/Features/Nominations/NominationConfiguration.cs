using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Memberships;
using Nettverk.Api.Features.Organisations;
using Nettverk.Api.Features.People;

namespace Nettverk.Api.Features.Nominations;

public sealed class NominationConfiguration : IEntityTypeConfiguration<Nomination>
{
    public void Configure(EntityTypeBuilder<Nomination> b)
    {
        b.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(n => n.Comment).HasMaxLength(2000);
        b.Property(n => n.NominatedByName).HasMaxLength(200);
        b.Property(n => n.DecidedByName).HasMaxLength(200);
        b.Property(n => n.DecisionReason).HasMaxLength(2000);
        b.HasIndex(n => new { n.BodyId, n.Status });
        b.HasOne<Body>().WithMany().HasForeignKey(n => n.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(n => n.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Seat>().WithMany().HasForeignKey(n => n.SeatId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(n => n.Candidates).WithOne().HasForeignKey(c => c.NominationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(n => n.Candidates).AutoInclude();
        b.Ignore(n => n.Representative);
        b.Ignore(n => n.Deputies);
    }
}

public sealed class NominationCandidateConfiguration : IEntityTypeConfiguration<NominationCandidate>
{
    public void Configure(EntityTypeBuilder<NominationCandidate> b)
    {
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Email).HasMaxLength(254);
        b.Property(c => c.Phone).HasMaxLength(40);
        b.Property(c => c.Title).HasMaxLength(200);
        b.HasIndex(c => new { c.NominationId, c.Position }).IsUnique();
        b.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
