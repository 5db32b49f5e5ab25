using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nettverk.Api.Common;
using Nettverk.Api.Files;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Meetings;

public sealed class PaperOptions
{
    public long MaxBytes { get; set; } = 25 * 1024 * 1024;
}

/// <summary>Papers (saksdokumenter) for agenda items: uploads with a size limit and an allow-list of types checked by
/// their first bytes as well as their name, served only to those who may see the body.</summary>
public static class PapersEndpoints
{
    public static IEndpointRouteBuilder MapPapersEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/meetings/{id:guid}/agenda-items/{itemId:guid}/papers", Upload).WithName("uploadPaper")
            .WithTags("Agenda").RequireAuthorization().ProducesRuleConflict("meeting_cancelled", ProblemExceptionHandler.ConcurrencyConflict)
            // Our own antiforgery middleware checks the header on every unsafe /api request, form posts included.
            .DisableAntiforgery();
        app.MapGet("/api/papers/{paperId:guid}", Download).WithName("downloadPaper").WithTags("Agenda").RequireAuthorization();
        app.MapDelete("/api/papers/{paperId:guid}", Remove).WithName("removePaper").WithTags("Agenda").RequireAuthorization();
        return app;
    }

    static async Task<Results<Created<PaperDto>, AccessRefusal, NotFoundProblem, ValidationProblem>> Upload(Guid id, Guid itemId, IFormFile? file,
        NettverkDbContext db, BodyPermissions permissions, IFileStore files, IOptions<PaperOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var (meeting, refused) = await MeetingAccess.ForAgendaAsync(db, permissions, id, ct);
        if (refused is not null) return refused;
        var item = await db.AgendaItems.FirstOrDefaultAsync(i => i.Id == itemId && i.MeetingId == id, ct);
        if (item is null) return Problems.NotFound("The agenda item");
        var (stored, problem) = await Uploads.SaveAsync(file, files, options.Value, ct);
        if (problem is not null) return problem;
        var (key, name, contentType) = (stored!.Key, stored.Name, stored.ContentType);
        var paper = new AgendaPaper(item, name, contentType, stored.Size, key, clock.GetUtcNow().UtcDateTime);
        db.AgendaPapers.Add(paper);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            await files.DeleteAsync(key, CancellationToken.None);
            throw;
        }
        return TypedResults.Created($"/api/papers/{paper.Id}", new PaperDto(paper.Id, paper.FileName, paper.ContentType, paper.Size, paper.UploadedAt));
    }

    static async Task<Results<FileStreamHttpResult, NotFoundProblem>> Download(Guid paperId, NettverkDbContext db,
        BodyPermissions permissions, IFileStore files, CancellationToken ct)
    {
        var paper = await db.AgendaPapers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == paperId, ct);
        if (paper is null || !(await permissions.ForBodyAsync(paper.BodyId, ct)).CanView) return Problems.NotFound("The paper");
        var stream = await files.OpenReadAsync(paper.StorageKey, ct);
        if (stream is null) return Problems.NotFound("The paper's file");
        return TypedResults.File(stream, paper.ContentType, paper.FileName);
    }

    static async Task<Results<NoContent, NotFoundProblem, ForbiddenProblem>> Remove(Guid paperId, NettverkDbContext db, BodyPermissions permissions,
        IFileStore files, CancellationToken ct)
    {
        var paper = await db.AgendaPapers.FirstOrDefaultAsync(p => p.Id == paperId, ct);
        if (paper is null) return Problems.NotFound("The paper");
        var access = await permissions.ForBodyAsync(paper.BodyId, ct);
        if (!access.CanView) return Problems.NotFound("The paper");
        if (!access.CanManage) return Problems.Forbidden("Only the body's secretariat removes papers.");
        db.AgendaPapers.Remove(paper);
        await db.SaveChangesAsync(ct);
        await files.DeleteAsync(paper.StorageKey, ct);
        return TypedResults.NoContent();
    }
}

/// <summary>The allow-list: a file's extension must be one we take, and its first bytes must agree with it.</summary>
public static class PaperTypes
{
    static readonly byte[] Pdf = "%PDF"u8.ToArray();
    static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47];
    static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    public static string? Check(string fileName, ReadOnlySpan<byte> head)
    {
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        return ext switch
        {
            ".pdf" when head.StartsWith(Pdf) => "application/pdf",
            ".docx" when head.StartsWith(Zip) => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".xlsx" when head.StartsWith(Zip) => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ".pptx" when head.StartsWith(Zip) => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            ".odt" when head.StartsWith(Zip) => "application/vnd.oasis.opendocument.text",
            ".ods" when head.StartsWith(Zip) => "application/vnd.oasis.opendocument.spreadsheet",
            ".odp" when head.StartsWith(Zip) => "application/vnd.oasis.opendocument.presentation",
            ".png" when head.StartsWith(Png) => "image/png",
            ".jpg" or ".jpeg" when head.StartsWith(Jpeg) => "image/jpeg",
            ".txt" when IsText(head) => "text/plain; charset=utf-8",
            ".csv" when IsText(head) => "text/csv; charset=utf-8",
            _ => null,
        };
    }

    static bool IsText(ReadOnlySpan<byte> head)
    {
        foreach (var b in head) if (b == 0) return false;
        return true;
    }
}
