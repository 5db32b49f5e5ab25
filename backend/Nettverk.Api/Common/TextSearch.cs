namespace Nettverk.Api.Common;

/// <summary>Free-text "contains" filters written as SQL LIKE, so they run in the database (and a page and its total are of
/// the filtered list). LIKE ignores case on SQL Server's usual collations, and on SQLite for a–z only.</summary>
public static class TextSearch
{
    /// <summary>The escape character given to <c>EF.Functions.Like</c> with <see cref="ContainsPattern"/>.</summary>
    public const string Escape = "\\";

    /// <summary>%term% with the term's own %, _ and \ taken literally.</summary>
    public static string ContainsPattern(string term) =>
        "%" + term.Trim().Replace(Escape, Escape + Escape).Replace("%", Escape + "%").Replace("_", Escape + "_") + "%";
}
