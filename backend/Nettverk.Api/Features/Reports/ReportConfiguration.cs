using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nettverk.Api.Features.Bodies;

namespace Nettverk.Api.Features.Reports;

public sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> b)
    {
        b.ToTable("Reports");
        b.Property(x => x.Title).HasMaxLength(Report.TitleMax).IsRequired();
        b.Property(x => x.Background).HasMaxLength(Report.TextMax);
        b.Property(x => x.Assessment).HasMaxLength(Report.TextMax);
        b.Property(x => x.ProposedDecision).HasMaxLength(Report.TextMax);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.SentBy).HasMaxLength(254);
        b.Property(x => x.UpdatedBy).HasMaxLength(254);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.BodyId, x.State, x.SentAt });
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Committees).WithOne().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Committees).AutoInclude();
    }
}

public sealed class ReportCommitteeConfiguration : IEntityTypeConfiguration<ReportCommittee>
{
    public void Configure(EntityTypeBuilder<ReportCommittee> b)
    {
        b.ToTable("ReportCommittees");
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => new { x.ReportId, x.CommitteeId }).IsUnique();
        b.HasIndex(x => new { x.CommitteeId, x.Status });
        // Not cascading from the committee: the report already cascades from its body (SQL Server refuses two paths).
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.CommitteeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CommitteeStatementConfiguration : IEntityTypeConfiguration<CommitteeStatement>
{
    public void Configure(EntityTypeBuilder<CommitteeStatement> b)
    {
        b.ToTable("CommitteeStatements");
        b.Property(x => x.CaseNumber).HasMaxLength(20).IsRequired();
        b.Property(x => x.Text).HasMaxLength(Report.TextMax).IsRequired();
        b.Property(x => x.Decision).HasMaxLength(Report.TextMax);
        b.Property(x => x.RecordedBy).HasMaxLength(254).IsRequired();
        b.Property(x => x.CorrectedBy).HasMaxLength(254);
        b.HasIndex(x => new { x.ReportId, x.CommitteeId }).IsUnique();
        b.HasIndex(x => new { x.BodyId, x.RecordedAt });
        b.HasOne<Report>().WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.CommitteeId).OnDelete(DeleteBehavior.Restrict);
    }
}
