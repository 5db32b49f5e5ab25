using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Nettverk.Api.Common;

/// <summary>The SPA's build writes x.br and x.gz beside each text file (frontend/scripts/build-plugins.mjs). This picks
/// the one the browser accepts, so the bundles go out compressed at the highest levels without compressing per request.
/// Only these static files and the server-rendered public pages (public text only) are compressed: they hold no secret,
/// so BREACH has nothing to find in them. API answers are not (no response compression middleware): signed-in JSON
/// carries personal data beside what the caller sent (search terms, names), the mix compression-length probing needs,
/// and the answers are small.</summary>
public static class PrecompressedFiles
{
    static readonly (string Encoding, string Suffix)[] Encodings = [("br", ".br"), ("gzip", ".gz")];

    /// <summary>The file to send for a path and the encoding it is in (null: as it is), and whether the answer varies by
    /// Accept-Encoding at all (a compressed copy exists).</summary>
    public static (string SubPath, string? Encoding, bool Varies) Choose(HttpRequest request, IFileProvider files, string subPath)
    {
        var available = Encodings.Where(e => files.GetFileInfo(subPath + e.Suffix).Exists).ToList();
        if (available.Count == 0) return (subPath, null, false);
        var encoding = Pick(request, available.Select(e => e.Encoding));
        return encoding is null ? (subPath, null, true) : (subPath + Encodings.Single(e => e.Encoding == encoding).Suffix, encoding, true);
    }

    /// <summary>The encoding to send of those available ("br", "gzip"), by the request's Accept-Encoding; null: none.</summary>
    public static string? Pick(HttpRequest request, IEnumerable<string> available)
    {
        var accepted = StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding.ToArray(), out var list) ? list : [];
        double Quality(string encoding) =>
            (accepted.FirstOrDefault(a => a.Value.Equals(encoding, StringComparison.OrdinalIgnoreCase)) ?? accepted.FirstOrDefault(a => a.Value == "*")) is { } match
                ? match.Quality ?? 1
                : 0;
        // Brotli first when the browser likes it as well as gzip (it is 15-20 % smaller); a q=0 refuses.
        var best = available.Select(e => (e, q: Quality(e))).Where(x => x.q > 0).OrderByDescending(x => x.q).FirstOrDefault();
        return best.q > 0 ? best.e : null;
    }

    /// <summary>The bytes in an encoding Pick chose ("br" or "gzip").</summary>
    public static byte[] Compress(byte[] bytes, string encoding, System.IO.Compression.CompressionLevel level)
    {
        using var output = new MemoryStream();
        using (Stream stream = encoding == "br"
            ? new System.IO.Compression.BrotliStream(output, level)
            : new System.IO.Compression.GZipStream(output, level))
            stream.Write(bytes);
        return output.ToArray();
    }

    /// <summary>Marks the answer as compressed (or as one that could have been) once it starts.</summary>
    public static void Announce(HttpContext http, string? encoding, bool varies)
    {
        if (!varies) return;
        http.Response.OnStarting(() =>
        {
            http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            // Not on a 304 or an error: only a body that is the compressed file is encoded.
            if (encoding is not null && http.Response.StatusCode is 200 or 206) http.Response.Headers.ContentEncoding = encoding;
            return Task.CompletedTask;
        });
    }

    /// <summary>Content types by the name the browser asked for, not the .br/.gz file sent for it.</summary>
    public sealed class ContentTypes : IContentTypeProvider
    {
        readonly FileExtensionContentTypeProvider inner = new();

        public bool TryGetContentType(string subpath, out string contentType)
        {
            var suffix = Encodings.Select(e => e.Suffix).FirstOrDefault(s => subpath.EndsWith(s, StringComparison.OrdinalIgnoreCase));
            if (suffix is not null) subpath = subpath[..^suffix.Length];
            return inner.TryGetContentType(subpath, out contentType!);
        }
    }
}
