using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Documents;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.People;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Meetings;

/// <summary>The møteinnkalling as a formal document (PDF and Word): the meeting, its agenda with times, presenters and
/// papers, and the secretariat; for everyone who may see the meeting.</summary>
public static class InvitationDocumentEndpoints
{
    public static IEndpointRouteBuilder MapInvitationDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/meetings/{id:guid}").WithTags("Documents").RequireAuthorization();
        group.MapGet("/invitation.pdf", InvitationPdf).WithName("meetingInvitationPdf").ProducesFontsMissing();
        group.MapGet("/invitation.docx", InvitationDocx).WithName("meetingInvitationDocx");
        return app;
    }

    static Task<Results<FileContentHttpResult, NotFoundProblem>> InvitationPdf(Guid id, NettverkDbContext db, BodyPermissions permissions,
        CancellationToken ct) => DownloadAsync(id, DocumentFileType.Pdf, db, permissions, ct);

    static Task<Results<FileContentHttpResult, NotFoundProblem>> InvitationDocx(Guid id, NettverkDbContext db, BodyPermissions permissions,
        CancellationToken ct) => DownloadAsync(id, DocumentFileType.Docx, db, permissions, ct);

    static async Task<Results<FileContentHttpResult, NotFoundProblem>> DownloadAsync(Guid id, DocumentFileType format, NettverkDbContext db,
        BodyPermissions permissions, CancellationToken ct)
    {
        var (meeting, _) = await MeetingAccess.ForViewAsync(db, permissions, id, ct);
        if (meeting is null) return Problems.NotFound("The meeting");
        return DocumentFiles.File(await BuildAsync(db, meeting, ct), format, "moteinnkalling", meeting.StartsAtLocal);
    }

    internal static async Task<MeetingDocument> BuildAsync(NettverkDbContext db, Meeting meeting, CancellationToken ct)
    {
        var context = await MeetingContext.LoadAsync(db, meeting, ct);
        var owner = await db.Bodies.Where(b => b.Id == meeting.BodyId)
            .Select(b => db.Organisations.Where(o => o.Id == b.OwnerOrganisationId).Select(o => o.Name).FirstOrDefault()).FirstAsync(ct);
        var papers = await db.AgendaPapers.AsNoTracking().Where(p => p.MeetingId == meeting.Id).OrderBy(p => p.UploadedAt)
            .Select(p => new { p.AgendaItemId, p.FileName }).ToListAsync(ct);
        // Input the secretariat included in the papers goes with them, under its item; input not included never does.
        var inputs = await db.AgendaInputs.AsNoTracking().Where(i => i.MeetingId == meeting.Id && i.IncludedAt != null)
            .OrderBy(i => i.SubmittedAt)
            .Select(i => new
            {
                i.AgendaItemId, i.AuthorName, i.Text,
                Organisation = db.Organisations.Where(o => o.Id == i.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                Files = i.Attachments.OrderBy(a => a.UploadedAt).Select(a => a.FileName).ToList(),
            }).ToListAsync(ct);
        var presenters = await PersonRefs.LoadAsync(db, context.Agenda.Select(a => a.Item.PresenterPersonId).OfType<Guid>(), ct);
        var items = context.Agenda.Select(a => new DocumentItem($"Sak {a.CaseLabel}", a.Item.Title, MeetingTexts.KindLabel(a.Item.Kind),
            $"{MeetingTexts.Time(a.StartsAtLocal)}–{MeetingTexts.Time(a.EndsAtLocal)}",
            a.Item.PresenterText ?? (a.Item.PresenterPersonId is { } p && presenters.TryGetValue(p, out var person)
                ? $"v/ {person.Name}{(person.OrganisationName is null ? "" : $", {person.OrganisationName}")}" : null),
            a.Item.Description, null, null, papers.Where(x => x.AgendaItemId == a.Item.Id).Select(x => x.FileName).ToList(),
            inputs.Where(x => x.AgendaItemId == a.Item.Id).Select(x => new DocumentInput(x.Organisation ?? "", x.AuthorName, x.Text, x.Files)).ToList()))
            .ToList();
        var status = meeting.Status switch
        {
            MeetingStatus.Cancelled => "Avlyst" + (meeting.CancellationReason is { } r ? $": {r}" : ""),
            MeetingStatus.Planned => "Utkast: møtet er ikke kalt inn ennå",
            _ => null,
        };
        return new MeetingDocument(MeetingDocumentKind.Invitation, owner, context.BodyName, meeting.Title,
            MeetingTexts.DateAndTime(meeting.StartsAtLocal, meeting.EndsAtLocal), MeetingTexts.Place(meeting.Format, meeting.Location),
            meeting.VideoUrl, status, [], items, [], await BodyReads.SecretariatLineAsync(db, meeting.BodyId, withEmail: true, ct),
            "Medlemmene innkalles med dette til møte. Forfall meldes i Nettverk eller til sekretariatet snarest, så vara kan kalles inn.");
    }
}
