using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Calendar;
using Nettverk.Api.Common;
using Nettverk.Api.Documents;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Hearings;

/// <summary>The compiled hearing document for the secretariat, in PDF and Word, ready to attach to a report.</summary>
public static class HearingDocumentEndpoints
{
    public static IEndpointRouteBuilder MapHearingDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/hearings/{id:guid}/document.pdf", (Guid id, NettverkDbContext db, HearingReads reads, CancellationToken ct) =>
            RenderAsync(id, DocumentFileType.Pdf, db, reads, ct)).WithName("hearingDocumentPdf").WithTags("Hearings").RequireAuthorization()
            .ProducesFontsMissing();
        app.MapGet("/api/hearings/{id:guid}/document.docx", (Guid id, NettverkDbContext db, HearingReads reads, CancellationToken ct) =>
            RenderAsync(id, DocumentFileType.Docx, db, reads, ct)).WithName("hearingDocumentDocx").WithTags("Hearings").RequireAuthorization();
        return app;
    }

    public static string StatusLabel(HearingPartyStatus status) => status switch
    {
        HearingPartyStatus.Invited => "Invitert",
        HearingPartyStatus.Opened => "Åpnet",
        HearingPartyStatus.Responded => "Svart",
        HearingPartyStatus.NoComments => "Ingen merknader",
        HearingPartyStatus.ExtensionGranted => "Utsatt frist",
        _ => "Avstått fra å svare",
    };

    public static string ExemptionLabel(ExemptionBasis basis) => basis switch
    {
        ExemptionBasis.Offl13 => "offentleglova § 13",
        ExemptionBasis.Offl14 => "offentleglova § 14",
        ExemptionBasis.Offl15 => "offentleglova § 15",
        ExemptionBasis.Offl23 => "offentleglova § 23",
        ExemptionBasis.Offl24 => "offentleglova § 24",
        ExemptionBasis.Offl26 => "offentleglova § 26",
        _ => "offentleglova § 5 a",
    };

    static async Task<Results<FileContentHttpResult, AccessRefusal>> RenderAsync(Guid id, DocumentFileType format, NettverkDbContext db,
        HearingReads reads, CancellationToken ct)
    {
        var (hearing, refused) = await reads.ForSecretariatAsync(id, ct);
        if (refused is not null) return refused;
        var h = hearing!;
        var bodyName = await db.Bodies.Where(b => b.Id == h.BodyId).Select(b => b.Name).SingleAsync(ct);
        var parties = await db.HearingParties.AsNoTracking().Where(p => p.HearingId == id).OrderBy(p => p.Name).ToListAsync(ct);
        var sections = h.Sections.OrderBy(s => s.Position).ToList();
        var responses = parties.Where(p => p.Response is not null).Select(p =>
        {
            var r = p.Response!;
            var texts = r.SectionTexts;
            IReadOnlyList<(string?, string)> parts = r.ExemptBasis is not null || r.NoComments ? []
                : [.. (r.Text is { } whole ? [((string?)null, whole)] : Array.Empty<(string?, string)>()),
                   .. sections.Where(s => texts.ContainsKey(s.Id)).Select(s => ((string?)s.Title, texts[s.Id]))];
            return new CompiledResponse(p.Name, r.NoComments, r.ExemptBasis is { } b ? ExemptionLabel(b) : null, parts);
        }).ToList();
        var period = $"Høringsperiode: {OsloTime.ToLocal(h.OpensAt):d.M.yyyy} – {OsloTime.ToLocal(h.ClosesAt):d.M.yyyy}";
        var compilation = new HearingCompilation(bodyName, h.Title, h.Concerns, period, h.Summary,
            parties.Select(p => (p.Name, StatusLabel(p.Status) + (p.Response?.ExemptBasis is not null ? " (unntatt offentlighet)" : ""))).ToList(),
            responses);
        var name = $"horingsoppsummering-{OsloTime.ToLocal(h.ClosesAt):yyyy-MM-dd}";
        return format == DocumentFileType.Pdf
            ? TypedResults.File(HearingPdf.Render(compilation), "application/pdf", name + ".pdf")
            : TypedResults.File(HearingDocx.Render(compilation), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx");
    }
}
