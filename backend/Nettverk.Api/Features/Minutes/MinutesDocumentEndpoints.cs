using Microsoft.AspNetCore.Http.HttpResults;
using Nettverk.Api.Common;
using Nettverk.Api.Documents;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Minutes;

/// <summary>The minutes as PDF and Word: for members what they may read (a revision when asked for one), for the public
/// the public version of the newest published revision.</summary>
public static class MinutesDocumentEndpoints
{
    public static IEndpointRouteBuilder MapMinutesDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        var members = app.MapGroup("/api/meetings/{id:guid}").WithTags("Documents").RequireAuthorization();
        members.MapGet("/minutes.pdf", MinutesPdf).WithName("minutesPdf").ProducesFontsMissing();
        members.MapGet("/minutes.docx", MinutesDocx).WithName("minutesDocx");
        var anyone = app.MapGroup("/api/public/meetings/{id:guid}").WithTags("Public").AllowAnonymous();
        anyone.MapGet("/minutes.pdf", PublicMinutesPdf).WithName("publicMinutesPdf").ProducesFontsMissing();
        anyone.MapGet("/minutes.docx", PublicMinutesDocx).WithName("publicMinutesDocx");
        return app;
    }

    static Task<Results<FileContentHttpResult, NotFoundProblem>> MinutesPdf(Guid id, int? revision, NettverkDbContext db,
        BodyPermissions permissions, TimeProvider clock, CancellationToken ct) => ForMembersAsync(id, revision, DocumentFileType.Pdf, db, permissions, clock, ct);

    static Task<Results<FileContentHttpResult, NotFoundProblem>> MinutesDocx(Guid id, int? revision, NettverkDbContext db,
        BodyPermissions permissions, TimeProvider clock, CancellationToken ct) => ForMembersAsync(id, revision, DocumentFileType.Docx, db, permissions, clock, ct);

    static Task<Results<FileContentHttpResult, NotFoundProblem>> PublicMinutesPdf(Guid id, NettverkDbContext db, CancellationToken ct) =>
        ForPublicAsync(id, DocumentFileType.Pdf, db, ct);

    static Task<Results<FileContentHttpResult, NotFoundProblem>> PublicMinutesDocx(Guid id, NettverkDbContext db, CancellationToken ct) =>
        ForPublicAsync(id, DocumentFileType.Docx, db, ct);

    static async Task<Results<FileContentHttpResult, NotFoundProblem>> ForMembersAsync(Guid id, int? revision, DocumentFileType format,
        NettverkDbContext db, BodyPermissions permissions, TimeProvider clock, CancellationToken ct)
    {
        var minutes = await MinutesEndpoints.ReadAsync(db, permissions, clock, id, revision, ct);
        if (minutes is null) return Problems.NotFound("The minutes");
        var secretariat = await BodyReads.SecretariatLineAsync(db, minutes.Body.Id, withEmail: true, ct);
        return DocumentFiles.File(MinutesDocuments.ForMembers(minutes, secretariat), format, "motereferat", minutes.StartsAt);
    }

    static async Task<Results<FileContentHttpResult, NotFoundProblem>> ForPublicAsync(Guid id, DocumentFileType format, NettverkDbContext db,
        CancellationToken ct)
    {
        var published = await MinutesReads.LatestPublicAsync(db, id, ct);
        if (published is null) return Problems.NotFound("The minutes");
        var minutes = MinutesReads.ToPublic(MinutesWorkflow.ReadSnapshot(published));
        var secretariat = await BodyReads.SecretariatLineAsync(db, minutes.Body.Id, withEmail: false, ct);
        return DocumentFiles.File(MinutesDocuments.ForPublic(minutes, secretariat), format, "motereferat", minutes.StartsAt);
    }
}
