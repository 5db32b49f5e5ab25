using PdfSharp;
using PdfSharp.Fonts;

namespace Nettverk.Api.Documents;

/// <summary>PDFsharp's licence and font resolver are process-wide and may be set only once, before the first font is
/// used; this does both, once, whichever thread renders first.</summary>
public static class PdfSetup
{
    static readonly Lock Gate = new();
    static IReadOnlyList<string> fontFolders = DocumentFontResolver.DefaultFolders;
    static DocumentFontResolver? resolver;

    /// <summary>Where to look for the fonts (configuration "Documents:FontFolders"); call at start-up, before the first
    /// document. Afterwards PDFsharp has cached its fonts, so a different list is refused rather than ignored.</summary>
    public static void UseFontFolders(IEnumerable<string> folders)
    {
        var list = folders.ToArray();
        lock (Gate)
        {
            if (resolver is not null && !resolver.Folders.SequenceEqual(list))
                throw new InvalidOperationException("The font folders are set before the first PDF document is rendered.");
            fontFolders = list;
        }
    }

    /// <summary>Throws <see cref="DocumentFontsMissingException"/> when the fonts are not installed.</summary>
    public static void EnsureFontsAvailable() => Resolver.EnsureAvailable();

    internal static DocumentFontResolver Resolver
    {
        get
        {
            if (Volatile.Read(ref resolver) is { } ready) return ready;
            lock (Gate)
            {
                if (resolver is not null) return resolver;
                // Nettverk is AGPL-3.0-or-later (LICENSE), which PDFsharp 6.5's AGPL licence requires; without this
                // call PDFsharp refuses to create documents.
                PdfSharpLicense.SetAgplLicense();
                var created = new DocumentFontResolver(fontFolders);
                GlobalFontSettings.FontResolver = created;
                Volatile.Write(ref resolver, created);
                return created;
            }
        }
    }
}
