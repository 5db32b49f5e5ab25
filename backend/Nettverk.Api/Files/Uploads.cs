using Microsoft.AspNetCore.Http.HttpResults;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Meetings;

namespace Nettverk.Api.Files;

/// <summary>Every upload (papers, agenda input, hearing documents and response attachments) with one set of rules: the
/// papers' size limit, a name of at most 200 characters, and the allow-list of types checked by first bytes as well as
/// name, so a disguised file is refused the same way everywhere.</summary>
public static class Uploads
{
    public sealed record Stored(string Key, string Name, string ContentType, long Size);

    /// <summary>The file checked and stored; or the problem naming <c>file</c>. The caller deletes the stored file again if
    /// the row that refers to it is not saved.</summary>
    public static async Task<(Stored? Stored, ValidationProblem? Problem)> SaveAsync(IFormFile? file, IFileStore files, PaperOptions options, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return (null, Problems.Field("file", ErrorCodes.FileRequired, "Choose a file."));
        if (file.Length > options.MaxBytes)
            return (null, Problems.Field("file", ErrorCodes.FileTooLarge, $"The file is larger than {options.MaxBytes / (1024 * 1024)} MB.",
                new() { ["maxMb"] = options.MaxBytes / (1024 * 1024) }));
        var name = Path.GetFileName(file.FileName).Trim();
        if (name.Length is 0 or > 200)
            return (null, Problems.Field("file", ErrorCodes.FileNameTooLong, "The file needs a name of at most 200 characters.", new() { ["max"] = 200 }));
        await using var stream = file.OpenReadStream();
        var head = new byte[8];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        var contentType = PaperTypes.Check(name, head.AsSpan(0, read));
        if (contentType is null)
            return (null, Problems.Field("file", ErrorCodes.FileTypeNotAllowed, "Allowed: PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, text and CSV."));
        stream.Position = 0;
        return (new Stored(await files.SaveAsync(stream, ct), name, contentType, file.Length), null);
    }
}
