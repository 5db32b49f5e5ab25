using Microsoft.AspNetCore.Http.HttpResults;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Files;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Hearings;

/// <summary>Uploads for hearings (documents and response attachments) with the papers' limits: size, name, and the
/// allow-list of types checked by first bytes as well as name.</summary>
public static class HearingFiles
{
    public sealed record Stored(string Key, string Name, string ContentType, long Size);

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

    /// <summary>Saves the row; the stored file goes again if the row does not make it.</summary>
    public static async Task CommitAsync(NettverkDbContext db, IFileStore files, string key, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            await files.DeleteAsync(key, CancellationToken.None);
            throw;
        }
    }
}
