using System.ComponentModel.DataAnnotations;

namespace Nettverk.Api.Features.Site;

/// <summary>Who runs this installation, as the footer shows it; from the <c>Site</c> configuration section.</summary>
public sealed record SiteInfo(string Owner, string? ContactEmail, string? ContactPhone, string? PrivacyUrl);

/// <summary>The statement as written (for the editor) and as safe HTML (for reading); no row yet answers empty text.</summary>
public sealed record AccessibilityStatementDto(string Markdown, string? Html, DateTime? UpdatedAt);

public sealed record AccessibilityStatementInput(
    [property: Required, StringLength(AccessibilityStatement.MaxLength, MinimumLength = 20)] string Markdown);

/// <summary>The configuration section behind <see cref="SiteInfo"/>.</summary>
public sealed class SiteOptions
{
    public string Owner { get; set; } = "Nettverk";
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public string? PrivacyUrl { get; set; }
}
