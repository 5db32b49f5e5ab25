using Microsoft.AspNetCore.Http.HttpResults;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Files;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Hearings;

/// <summary>Saving the row that refers to an upload (<see cref="Uploads"/>) for hearings' documents and attachments.</summary>
public static class HearingFiles
{
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
