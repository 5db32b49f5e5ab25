using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Nettverk.Api.Documents;

/// <summary>The fonts for PDF documents are not installed. The API answers 503 problem details for this (the server
/// is missing a package; the request is fine), and the message says which package to install.</summary>
public sealed class DocumentFontsMissingException(IReadOnlyList<string> folders) : Exception(
    "The fonts for PDF documents are missing: neither DejaVu Sans (regular and bold) nor Liberation Sans was found in "
    + (folders.Count == 0 ? "any folder (none configured)" : string.Join(", ", folders))
    + ". Install the Debian package fonts-dejavu-core (apt-get install fonts-dejavu-core) or run backend/tools/ensure-fonts.sh.")
{
    /// <summary>The problem's stable code.</summary>
    public const string Code = "document_fonts_missing";

    public IReadOnlyList<string> Folders { get; } = folders;
}

/// <summary>Finds one sans-serif family in a list of folders and hands its files to PDFsharp, which on Linux has no
/// fonts of its own. Every family name resolves to that one family: the documents use a single typeface.</summary>
public sealed class DocumentFontResolver(IReadOnlyList<string> folders) : IFontResolver
{
    /// <summary>Debian's paths: fonts-dejavu-core first, then fonts-liberation (metric-compatible with Arial).</summary>
    public static readonly IReadOnlyList<string> DefaultFolders =
        ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/liberation2"];

    // fonts-dejavu-core ships only DejaVuSans.ttf and DejaVuSans-Bold.ttf (dpkg -L); the obliques are in
    // fonts-dejavu-extra. A family needs its upright faces here; a missing italic is simulated by PDFsharp (slanted).
    static readonly (string Regular, string Bold, string Italic, string BoldItalic)[] Families =
    [
        ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
        ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"),
    ];

    readonly ConcurrentDictionary<string, byte[]> bytes = new();
    // PublicationOnly does not cache an exception: once the package is installed, the next request finds the fonts.
    readonly Lazy<FontFiles> files = new(() => Locate(folders), LazyThreadSafetyMode.PublicationOnly);

    public IReadOnlyList<string> Folders => folders;

    /// <summary>Throws <see cref="DocumentFontsMissingException"/> unless a usable family is installed.</summary>
    public void EnsureAvailable() => _ = files.Value;

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var found = files.Value;
        var (face, simulated) = (bold, italic) switch
        {
            (false, false) => (found.Regular, false),
            (true, false) => (found.Bold, false),
            (false, true) => found.Italic is { } path ? (path, false) : (found.Regular, true),
            (true, true) => found.BoldItalic is { } path ? (path, false) : (found.Bold, true),
        };
        return new FontResolverInfo(face, mustSimulateBold: false, mustSimulateItalic: simulated);
    }

    /// <summary>The face name is the file's path (see ResolveTypeface); each file is read once per process.</summary>
    public byte[]? GetFont(string faceName) => bytes.GetOrAdd(faceName, File.ReadAllBytes);

    sealed record FontFiles(string Regular, string Bold, string? Italic, string? BoldItalic);

    static FontFiles Locate(IReadOnlyList<string> folders)
    {
        foreach (var family in Families)
        {
            string? Find(string file) => folders.Select(f => Path.Combine(f, file)).FirstOrDefault(File.Exists);
            if (Find(family.Regular) is { } regular && Find(family.Bold) is { } bold)
                return new FontFiles(regular, bold, Find(family.Italic), Find(family.BoldItalic));
        }
        throw new DocumentFontsMissingException(folders);
    }
}
