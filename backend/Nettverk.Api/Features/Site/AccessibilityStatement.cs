using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nettverk.Api.Common;

namespace Nettverk.Api.Features.Site;

/// <summary>The installation's accessibility statement (tilgjengelighetserklæring), which Norwegian public bodies must
/// publish. One row: an administrator rewrites it as the service changes.</summary>
public sealed class AccessibilityStatement : IAudited
{
    public const int MaxLength = 20000;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Markdown { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }

    private AccessibilityStatement() { }

    public AccessibilityStatement(string markdown, DateTime now) => Rewrite(markdown, now);

    public void Rewrite(string markdown, DateTime now)
    {
        Markdown = markdown.Trim();
        UpdatedAt = now;
    }
}

public sealed class AccessibilityStatementConfiguration : IEntityTypeConfiguration<AccessibilityStatement>
{
    public void Configure(EntityTypeBuilder<AccessibilityStatement> b) =>
        b.Property(s => s.Markdown).HasMaxLength(AccessibilityStatement.MaxLength).IsRequired();
}
