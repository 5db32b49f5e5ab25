using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Bodies;

/// <summary>The readable, stable part of a body's public address: lower case, æ→ae, ø→o, å→a, every other run of
/// non-alphanumerics one "-". Made from the name when the body is created (and once at start-up for bodies made before
/// slugs existed), editable by the secretariat, never changed by a rename.</summary>
public static partial class BodySlugs
{
    public const int MaxLength = 80;
    public const string TakenCode = "body_slug_taken";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Shape();

    public static bool IsWellFormed(string slug) => slug.Length is > 0 and <= MaxLength && Shape().IsMatch(slug);

    public static string FromName(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            var mapped = c switch { 'æ' => "ae", 'ø' => "o", 'å' => "a", _ => null };
            if (mapped is not null) text.Append(mapped);
            else if (char.IsAsciiLetterOrDigit(c)) text.Append(c);
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            else if (text.Length > 0 && text[^1] != '-') text.Append('-');
        }
        var slug = text.ToString().Trim('-');
        if (slug.Length > MaxLength - 4) slug = slug[..(MaxLength - 4)].TrimEnd('-');
        return slug.Length == 0 ? "organ" : slug;
    }

    /// <summary>The name's slug, or with "-2", "-3" … when another body has it.</summary>
    public static async Task<string> UniqueFromNameAsync(NettverkDbContext db, string name, Guid bodyId, CancellationToken ct)
    {
        var stem = FromName(name);
        var taken = await db.Bodies.Where(b => b.Id != bodyId && b.Slug != null && b.Slug.StartsWith(stem)).Select(b => b.Slug!).ToListAsync(ct);
        taken.AddRange(db.Bodies.Local.Where(b => b.Id != bodyId && b.Slug is not null).Select(b => b.Slug!));
        var candidate = stem;
        for (var n = 2; taken.Contains(candidate); n++) candidate = $"{stem}-{n}";
        return candidate;
    }

    /// <summary>Applies a slug the secretariat typed: 400 naming <c>slug</c> when malformed, 409 when another body has it.</summary>
    public static async Task ApplyAsync(NettverkDbContext db, Body body, string? wanted, CancellationToken ct)
    {
        if (wanted is null)
        {
            if (body.Slug is null) body.SetSlug(await UniqueFromNameAsync(db, body.Name, body.Id, ct));
            return;
        }
        var slug = wanted.Trim();
        if (!IsWellFormed(slug))
            throw new FieldValidationException("slug", ErrorCodes.SlugInvalid,
                "Lower-case letters a–z, digits and single hyphens, at most 80 characters.", new() { ["max"] = MaxLength });
        if (slug == body.Slug) return;
        if (await db.Bodies.AnyAsync(b => b.Id != body.Id && b.Slug == slug, ct))
            throw new DomainRuleException(TakenCode, "Another body has this address.");
        body.SetSlug(slug);
    }

    /// <summary>Gives every body without a slug one (bodies created before slugs existed); a no-op once all have one.</summary>
    public static async Task EnsureBodySlugsAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NettverkDbContext>();
        var missing = await db.Bodies.Where(b => b.Slug == null).OrderBy(b => b.Id).ToListAsync();
        if (missing.Count == 0) return;
        foreach (var body in missing) body.SetSlug(await UniqueFromNameAsync(db, body.Name, body.Id, default));
        await db.SaveChangesAsync();
    }
}
