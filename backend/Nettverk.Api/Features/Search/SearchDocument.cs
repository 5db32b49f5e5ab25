using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Nettverk.Api.Features.Search;

public enum SearchKind { Body, Organisation, Person, Meeting, AgendaItem, Minutes }

/// <summary>The searchable text of one thing, kept beside it by <see cref="SearchIndexInterceptor"/> in the same
/// SaveChanges, so a change and its index entry commit together. The database's own full-text index covers
/// <see cref="Title"/> and <see cref="Text"/>: on SQLite an FTS5 table over this one (kept in step by triggers), on SQL
/// Server a full-text index on it (both made in the migration AddSearchDocuments).
/// <para>Published minutes have two rows: the members' (everything) and, when the revision is public, the public copy
/// (<see cref="PublicCopy"/>: non-public entries reduced to their title, non-public paragraphs left out).</para></summary>
public sealed class SearchDocument
{
    /// <summary>An integer key: FTS5's external content is addressed by a stable rowid (an INTEGER PRIMARY KEY alias, so
    /// VACUUM cannot renumber it), and SQL Server's full-text index wants a unique single-column key.</summary>
    public long Id { get; set; }
    public SearchKind Kind { get; set; }
    public Guid EntityId { get; set; }
    public bool PublicCopy { get; set; }
    /// <summary>The body whose readers may find it (null for organisations and people, which are not a body's).</summary>
    public Guid? BodyId { get; set; }
    public Guid? MeetingId { get; set; }
    public DateTime? At { get; set; }
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
}

public sealed class SearchDocumentConfiguration : IEntityTypeConfiguration<SearchDocument>
{
    public void Configure(EntityTypeBuilder<SearchDocument> b)
    {
        b.ToTable("SearchDocuments");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(400).IsRequired();
        b.Property(x => x.Text).IsRequired();
        b.HasIndex(x => new { x.EntityId, x.Kind, x.PublicCopy }).IsUnique();
        b.HasIndex(x => x.BodyId);
    }
}
