using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Files;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Hearings;

/// <summary>A party answers: signed in (for its organisation, body or itself), or through the per-party link of its
/// invitation without an account (the link is the key: whoever holds it answers for the party, as with an RSVP link).
/// Every submission or revision sends a receipt; after the party's deadline the answer is refused (409).</summary>
public static class HearingResponsesEndpoints
{
    public static IEndpointRouteBuilder MapHearingResponsesEndpoints(this IEndpointRouteBuilder app)
    {
        var signedIn = app.MapGroup("/api/hearings/{id:guid}").WithTags("Hearing responses").RequireAuthorization();
        signedIn.MapGet("/my-party", MyParty).WithName("getMyHearingParty");
        signedIn.MapPut("/parties/{partyId:guid}/response", Respond).WithName("respondToHearing")
            .ProducesRuleConflict("hearing_not_open", "hearing_deadline_passed");
        signedIn.MapPost("/parties/{partyId:guid}/decline", Decline).WithName("declineHearing")
            .ProducesRuleConflict("hearing_not_open", "hearing_deadline_passed");
        signedIn.MapPost("/parties/{partyId:guid}/attachments", Attach).WithName("attachToHearingResponse").DisableAntiforgery()
            .ProducesRuleConflict("hearing_not_open", "hearing_deadline_passed");
        var link = app.MapGroup("/api/hearing-links/{token}").WithTags("Hearing responses").AllowAnonymous();
        link.MapGet("/", LinkView).WithName("getHearingByLink");
        link.MapPut("/response", LinkRespond).WithName("respondToHearingByLink").ProducesRuleConflict("hearing_not_open", "hearing_deadline_passed");
        link.MapPost("/decline", LinkDecline).WithName("declineHearingByLink").ProducesRuleConflict("hearing_not_open", "hearing_deadline_passed");
        link.MapPost("/attachments", LinkAttach).WithName("attachToHearingResponseByLink").DisableAntiforgery()
            .ProducesRuleConflict("hearing_not_open", "hearing_deadline_passed");
        app.MapGet("/api/hearing-attachments/{attachmentId:guid}", DownloadAttachment).WithName("downloadHearingAttachment")
            .WithTags("Hearing responses").RequireAuthorization();
        return app;
    }

    static DateTime Now(TimeProvider clock) => clock.GetUtcNow().UtcDateTime;

    /// <summary>The party the signed-in caller answers for in this hearing, with the hearing; 404 when none.</summary>
    static async Task<(Hearing? Hearing, HearingParty? Party)> SignedInPartyAsync(NettverkDbContext db, HearingReads reads, Guid id, Guid? partyId,
        CancellationToken ct)
    {
        var hearing = await db.Hearings.FirstOrDefaultAsync(h => h.Id == id && h.Status != HearingState.Draft, ct);
        if (hearing is null) return (null, null);
        var party = await reads.MyPartyAsync(id, ct);
        if (party is null || (partyId is not null && party.Id != partyId)) return (null, null);
        return (hearing, party);
    }

    static async Task<(Hearing? Hearing, HearingParty? Party)> LinkPartyAsync(NettverkDbContext db, string token, CancellationToken ct)
    {
        if (token.Length is < 20 or > 64) return (null, null);
        var party = await db.HearingParties.FirstOrDefaultAsync(p => p.Token == token, ct);
        if (party is null) return (null, null);
        var hearing = await db.Hearings.FirstOrDefaultAsync(h => h.Id == party.HearingId && h.Status != HearingState.Draft, ct);
        return hearing is null ? (null, null) : (hearing, party);
    }

    static async Task<PartyViewDto> ViewAsync(HearingReads reads, Hearing hearing, HearingParty party, DateTime now, CancellationToken ct)
    {
        var canRespond = true;
        try { party.EnsureCanAnswer(hearing, now); } catch (DomainRuleException) { canRespond = false; }
        return new PartyViewDto(await reads.ToDtoAsync(hearing, false, now, ct), HearingReads.PartyDto(hearing, party, true),
            await reads.ResponseDtoAsync(party, ct), canRespond);
    }

    static async Task<Results<Ok<PartyViewDto>, NotFoundProblem>> MyParty(Guid id, NettverkDbContext db, HearingReads reads, TimeProvider clock,
        CancellationToken ct)
    {
        var (hearing, party) = await SignedInPartyAsync(db, reads, id, null, ct);
        if (party is null) return Problems.NotFound("The hearing");
        return TypedResults.Ok(await ViewAsync(reads, hearing!, party, Now(clock), ct));
    }

    static async Task<Results<Ok<PartyViewDto>, NotFoundProblem>> LinkView(string token, NettverkDbContext db, HearingReads reads, TimeProvider clock,
        CancellationToken ct)
    {
        var (hearing, party) = await LinkPartyAsync(db, token, ct);
        if (party is null) return Problems.NotFound("The hearing");
        party.MarkOpened(Now(clock));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await ViewAsync(reads, hearing!, party, Now(clock), ct));
    }

    static async Task<Results<Ok<HearingResponseDto>, NotFoundProblem, ValidationProblem, ConflictProblem>> Respond(Guid id, Guid partyId,
        SubmitHearingResponse request, NettverkDbContext db, HearingReads reads, CurrentUser user, Outbox outbox, TimeProvider clock, CancellationToken ct)
    {
        var (hearing, party) = await SignedInPartyAsync(db, reads, id, partyId, ct);
        if (party is null) return Problems.NotFound("The hearing party");
        var personId = await user.PersonIdAsync(ct);
        var by = (personId is null ? null : await db.People.Where(p => p.Id == personId).Select(p => p.Name).FirstOrDefaultAsync(ct))
            ?? user.Email ?? "?";
        return await SubmitAsync(db, reads, outbox, hearing!, party, request, by, Now(clock), ct);
    }

    static async Task<Results<Ok<HearingResponseDto>, NotFoundProblem, ValidationProblem, ConflictProblem>> LinkRespond(string token,
        SubmitHearingResponse request, NettverkDbContext db, HearingReads reads, Outbox outbox, TimeProvider clock, CancellationToken ct)
    {
        var (hearing, party) = await LinkPartyAsync(db, token, ct);
        if (party is null) return Problems.NotFound("The hearing");
        party.MarkOpened(Now(clock));
        return await SubmitAsync(db, reads, outbox, hearing!, party, request, $"{party.Name} (lenke)", Now(clock), ct);
    }

    static async Task<Results<Ok<HearingResponseDto>, NotFoundProblem, ValidationProblem, ConflictProblem>> SubmitAsync(NettverkDbContext db,
        HearingReads reads, Outbox outbox, Hearing hearing, HearingParty party, SubmitHearingResponse request, string by, DateTime now, CancellationToken ct)
    {
        var sections = new Dictionary<Guid, string>();
        foreach (var answer in request.Sections ?? [])
        {
            if (hearing.Sections.All(s => s.Id != answer.SectionId))
                return Problems.Field("sections", ErrorCodes.HearingSectionUnknown, "The hearing has no such section.");
            sections[answer.SectionId] = answer.Text ?? "";
        }
        if (!request.NoComments && string.IsNullOrWhiteSpace(request.Text) && sections.Values.All(string.IsNullOrWhiteSpace))
            return Problems.Field("text", ErrorCodes.HearingResponseEmpty, "Write a response, or answer that you have no comments.");
        var revised = party.Response is not null;
        party.Respond(hearing, request.NoComments, request.Text, sections, request.ExemptBasis, by, now);
        foreach (var (email, name) in await reads.RecipientsAsync(hearing, party, ct))
            outbox.Enqueue(email, name, HearingEmails.Receipt(hearing.Title, party.Name, revised, request.NoComments, now, party.DeadlineFor(hearing),
                reads.AnswerLink(party)));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await reads.ResponseDtoAsync(party, ct))!);
    }

    static async Task<Results<Ok<HearingPartyDto>, NotFoundProblem, ConflictProblem>> Decline(Guid id, Guid partyId, NettverkDbContext db,
        HearingReads reads, TimeProvider clock, CancellationToken ct)
    {
        var (hearing, party) = await SignedInPartyAsync(db, reads, id, partyId, ct);
        if (party is null) return Problems.NotFound("The hearing party");
        party.Decline(hearing!, Now(clock));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(HearingReads.PartyDto(hearing!, party, true));
    }

    static async Task<Results<Ok<HearingPartyDto>, NotFoundProblem, ConflictProblem>> LinkDecline(string token, NettverkDbContext db,
        TimeProvider clock, CancellationToken ct)
    {
        var (hearing, party) = await LinkPartyAsync(db, token, ct);
        if (party is null) return Problems.NotFound("The hearing");
        party.Decline(hearing!, Now(clock));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(HearingReads.PartyDto(hearing!, party, true));
    }

    static async Task<Results<Created<HearingAttachmentDto>, NotFoundProblem, ValidationProblem, ConflictProblem>> Attach(Guid id, Guid partyId,
        IFormFile? file, NettverkDbContext db, HearingReads reads, IFileStore files, IOptions<PaperOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var (hearing, party) = await SignedInPartyAsync(db, reads, id, partyId, ct);
        if (party is null) return Problems.NotFound("The hearing party");
        return await AttachAsync(db, files, options.Value, hearing!, party, file, Now(clock), ct);
    }

    static async Task<Results<Created<HearingAttachmentDto>, NotFoundProblem, ValidationProblem, ConflictProblem>> LinkAttach(string token,
        IFormFile? file, NettverkDbContext db, IFileStore files, IOptions<PaperOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var (hearing, party) = await LinkPartyAsync(db, token, ct);
        if (party is null) return Problems.NotFound("The hearing");
        return await AttachAsync(db, files, options.Value, hearing!, party, file, Now(clock), ct);
    }

    static async Task<Results<Created<HearingAttachmentDto>, NotFoundProblem, ValidationProblem, ConflictProblem>> AttachAsync(NettverkDbContext db,
        IFileStore files, PaperOptions options, Hearing hearing, HearingParty party, IFormFile? file, DateTime now, CancellationToken ct)
    {
        party.EnsureCanAnswer(hearing, now);
        var (stored, problem) = await Uploads.SaveAsync(file, files, options, ct);
        if (problem is not null) return problem;
        var attachment = new HearingAttachment(party.Id, hearing.Id, stored!.Name, stored.ContentType, stored.Size, stored.Key, now);
        db.HearingAttachments.Add(attachment);
        await HearingFiles.CommitAsync(db, files, stored.Key, ct);
        return TypedResults.Created($"/api/hearing-attachments/{attachment.Id}",
            new HearingAttachmentDto(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size));
    }

    /// <summary>An attachment: to the body's people and the party's own; never public (it may belong to an exempt answer).</summary>
    static async Task<Results<FileStreamHttpResult, NotFoundProblem>> DownloadAttachment(Guid attachmentId, NettverkDbContext db, HearingReads reads,
        IFileStore files, CancellationToken ct)
    {
        var attachment = await db.HearingAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId, ct);
        if (attachment is null) return Problems.NotFound("The attachment");
        var (hearing, access) = await reads.ForViewAsync(attachment.HearingId, ct);
        if (hearing is null) return Problems.NotFound("The attachment");
        if (!access!.CanView && (await reads.MyPartyAsync(hearing.Id, ct))?.Id != attachment.PartyId) return Problems.NotFound("The attachment");
        var stream = await files.OpenReadAsync(attachment.StorageKey, ct);
        if (stream is null) return Problems.NotFound("The attachment's file");
        return TypedResults.File(stream, attachment.ContentType, attachment.FileName);
    }
}
