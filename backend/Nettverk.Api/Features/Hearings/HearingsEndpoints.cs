using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Meetings;
using Nettverk.Api.Files;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Hearings;

/// <summary>The secretariat's side of a hearing: create, edit, documents (versioned), parties, open (invitations),
/// extensions, side-by-side reading, summary and sending on to political treatment.</summary>
public static class HearingsEndpoints
{
    public static IEndpointRouteBuilder MapHearingsEndpoints(this IEndpointRouteBuilder app)
    {
        var body = app.MapGroup("/api/bodies/{bodyId:guid}/hearings").WithTags("Hearings").RequireAuthorization();
        body.MapGet("/", List).WithName("listHearings");
        body.MapPost("/", Create).WithName("createHearing");
        var group = app.MapGroup("/api/hearings/{id:guid}").WithTags("Hearings").RequireAuthorization();
        group.MapGet("/", Get).WithName("getHearing");
        group.MapPut("/", Update).WithName("updateHearing").ProducesRuleConflict("hearing_not_editable");
        group.MapPost("/open", Open).WithName("openHearing").ProducesRuleConflict("hearing_not_draft", "hearing_deadline_passed");
        group.MapPost("/summary", Summarise).WithName("summariseHearing").ProducesRuleConflict("hearing_not_closed");
        group.MapPost("/send", Send).WithName("sendHearingToPoliticalTreatment").ProducesRuleConflict("hearing_not_summarised");
        group.MapPost("/documents", UploadDocument).WithName("uploadHearingDocument").DisableAntiforgery()
            .ProducesRuleConflict("hearing_not_editable");
        group.MapGet("/parties", Parties).WithName("listHearingParties");
        group.MapPost("/parties", AddParties).WithName("addHearingParties").ProducesRuleConflict("hearing_not_editable");
        group.MapDelete("/parties/{partyId:guid}", RemoveParty).WithName("removeHearingParty").ProducesRuleConflict("hearing_party_answered");
        group.MapPost("/parties/{partyId:guid}/extension", Extend).WithName("extendHearingParty");
        group.MapGet("/side-by-side", SideBySide).WithName("hearingSideBySide");
        app.MapGet("/api/hearing-documents/{documentId:guid}", Download).WithName("downloadHearingDocument").WithTags("Hearings").AllowAnonymous();
        return app;
    }

    static DateTime Now(TimeProvider clock) => clock.GetUtcNow().UtcDateTime;

    static async Task<Results<Ok<Page<HearingSummaryDto>>, NotFoundProblem>> List(Guid bodyId, [AsParameters] PageQuery paging,
        NettverkDbContext db, BodyPermissions permissions, TimeProvider clock, CancellationToken ct)
    {
        var access = await permissions.ForBodyAsync(bodyId, ct);
        if (!access.CanView) return Problems.NotFound("The body");
        var bodyName = await db.Bodies.Where(b => b.Id == bodyId).Select(b => b.Name).SingleAsync(ct);
        var query = db.Hearings.AsNoTracking().Where(h => h.BodyId == bodyId);
        if (!access.CanManage) query = query.Where(h => h.Status != HearingState.Draft);
        var now = Now(clock);
        var page = await query.OrderByDescending(h => h.ClosesAt).ThenBy(h => h.Id).ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Select(h => new HearingSummaryDto(h.Id, h.BodyId, bodyName, h.Title, h.StateAt(now), h.OpensAt, h.ClosesAt, h.Slug)));
    }

    static async Task<Results<Created<HearingDto>, NotFoundProblem, ForbiddenProblem, ValidationProblem>> Create(Guid bodyId, HearingRequest request,
        NettverkDbContext db, BodyPermissions permissions, HearingReads reads, TimeProvider clock, CancellationToken ct)
    {
        var access = await permissions.ForBodyAsync(bodyId, ct);
        if (!access.CanView) return Problems.NotFound("The body");
        if (!access.CanManage) return Problems.Forbidden("Only the body's secretariat runs its hearings.");
        var hearing = new Hearing(bodyId, Now(clock));
        Apply(hearing, request);
        db.Hearings.Add(hearing);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/hearings/{hearing.Id}", await reads.ToDtoAsync(hearing, true, Now(clock), ct));
    }

    static void Apply(Hearing hearing, HearingRequest r) => hearing.Edit(r.Title, r.Concerns, r.Description, r.OpensAt.UtcDateTime,
        r.ClosesAt.UtcDateTime, r.PublishResponses, r.ReminderDays ?? [7, 2], r.Sections);

    static async Task<Results<Ok<HearingDto>, NotFoundProblem>> Get(Guid id, HearingReads reads, TimeProvider clock, CancellationToken ct)
    {
        var (hearing, access) = await reads.ForViewAsync(id, ct);
        if (hearing is null) return Problems.NotFound("The hearing");
        if (!access!.CanManage && hearing.Status == HearingState.Draft) return Problems.NotFound("The hearing");
        return TypedResults.Ok(await reads.ToDtoAsync(hearing, access.CanManage, Now(clock), ct));
    }

    static async Task<Results<Ok<HearingDto>, AccessRefusal, ValidationProblem, ConflictProblem>> Update(Guid id, HearingRequest request,
        NettverkDbContext db, HearingReads reads, TimeProvider clock, CancellationToken ct)
    {
        var (hearing, refused) = await reads.ForSecretariatAsync(id, ct);
        if (refused is not null) return refused;
        if (hearing!.StateAt(Now(clock)) is not (HearingState.Draft or HearingState.Open))
            return Problems.Conflict("hearing_not_editable", "The hearing is closed for changes.");
        Apply(hearing, request);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await reads.ToDtoAsync(hearing, true, Now(clock), ct));
    }

    static async Task<Results<Ok<HearingDto>, AccessRefusal, ConflictProblem, ValidationProblem>> Open(Guid id, NettverkDbContext db,
        HearingReads reads, Outbox outbox, TimeProvider clock, CancellationToken ct)
    {
        var (hearing, refused) = await reads.ForSecretariatAsync(id, ct);
        if (refused is not null) return refused;
        var parties = await db.HearingParties.Where(p => p.HearingId == id).ToListAsync(ct);
        if (parties.Count == 0) return Problems.Field("parties", ErrorCodes.HearingPartiesRequired, "Invite at least one party first.");
        var now = Now(clock);
        hearing!.Open(now);
        await InviteAsync(db, reads, outbox, hearing, parties, now, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await reads.ToDtoAsync(hearing, true, now, ct));
    }

    /// <summary>Invitations to parties not invited yet (all at opening; a party added later when it is added).</summary>
    internal static async Task InviteAsync(NettverkDbContext db, HearingReads reads, Outbox outbox, Hearing hearing,
        IEnumerable<HearingParty> parties, DateTime now, CancellationToken ct)
    {
        var bodyName = await db.Bodies.Where(b => b.Id == hearing.BodyId).Select(b => b.Name).SingleAsync(ct);
        var documents = HearingReads.Documents(await db.HearingDocuments.Where(d => d.HearingId == hearing.Id).ToListAsync(ct))
            .Where(d => d.IsLatest).Select(d => (d.FileName, reads.DocumentLinkFor(d.Id))).ToList();
        var invited = parties.Where(p => p.InvitedAt is null).ToList();
        var recipients = await reads.RecipientsAsync(hearing, invited, ct);
        foreach (var party in invited)
        {
            foreach (var (email, name) in recipients[party.Id])
                outbox.Enqueue(email, name, HearingEmails.Invitation(bodyName, hearing.Title, party.Name, party.DeadlineFor(hearing), documents,
                    reads.AnswerLink(party)));
            party.MarkInvited(now);
        }
    }

    static async Task<Results<Ok<HearingDto>, AccessRefusal, ConflictProblem>> Summarise(Guid id, HearingSummaryRequest request, NettverkDbContext db,
        HearingReads reads, TimeProvider clock, CancellationToken ct)
    {
        var (hearing, refused) = await reads.ForSecretariatAsync(id, ct);
        if (refused is not null) return refused;
        hearing!.Summarise(request.Summary, Now(clock));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await reads.ToDtoAsync(hearing, true, Now(clock), ct));
    }

    static async Task<Results<Ok<HearingDto>, AccessRefusal, ConflictProblem>> Send(Guid id, NettverkDbContext db, HearingReads reads,
        TimeProvider clock, CancellationToken ct)
    {
        var (hearing, refused) = await reads.ForSecretariatAsync(id, ct);
        if (refused is not null) return refused;
        hearing!.SendToPoliticalTreatment(Now(clock));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await reads.ToDtoAsync(hearing, true, Now(clock), ct));
    }

    static async Task<Results<Created<HearingDocumentDto>, AccessRefusal, ValidationProblem, ConflictProblem>> UploadDocument(Guid id, IFormFile? file,
        [Microsoft.AspNetCore.Mvc.FromForm] Guid? documentKey, NettverkDbContext db, HearingReads reads, IFileStore files,
        IOptions<PaperOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var (hearing, refused) = await reads.ForSecretariatAsync(id, ct);
        if (refused is not null) return refused;
        if (hearing!.StateAt(Now(clock)) is not (HearingState.Draft or HearingState.Open))
            return Problems.Conflict("hearing_not_editable", "The hearing is closed for changes.");
        var version = 1;
        if (documentKey is { } key)
        {
            var previous = await db.HearingDocuments.Where(d => d.HearingId == id && d.DocumentKey == key).MaxAsync(d => (int?)d.Version, ct);
            if (previous is null) return Problems.Field("documentKey", ErrorCodes.InvalidValue, "No such document in this hearing.");
            version = previous.Value + 1;
        }
        var (stored, problem) = await Uploads.SaveAsync(file, files, options.Value, ct);
        if (problem is not null) return problem;
        var document = new HearingDocument(id, documentKey ?? Guid.CreateVersion7(), version, stored!.Name, stored.ContentType, stored.Size, stored.Key, Now(clock));
        db.HearingDocuments.Add(document);
        await HearingFiles.CommitAsync(db, files, stored.Key, ct);
        return TypedResults.Created($"/api/hearing-documents/{document.Id}",
            new HearingDocumentDto(document.Id, document.DocumentKey, document.Version, document.FileName, document.ContentType, document.Size, document.UploadedAt, true));
    }

    /// <summary>A hearing document: public once the hearing is out; a draft's only to those who see the body.</summary>
    static async Task<Results<FileStreamHttpResult, NotFoundProblem>> Download(Guid documentId, NettverkDbContext db, BodyPermissions permissions,
        IFileStore files, CancellationToken ct)
    {
        var row = await db.HearingDocuments.AsNoTracking().Where(d => d.Id == documentId)
            .Join(db.Hearings, d => d.HearingId, h => h.Id, (d, h) => new { Document = d, h.BodyId, h.Status }).FirstOrDefaultAsync(ct);
        if (row is null) return Problems.NotFound("The document");
        if (row.Status == HearingState.Draft && !(await permissions.ForBodyAsync(row.BodyId, ct)).CanView) return Problems.NotFound("The document");
        var stream = await files.OpenReadAsync(row.Document.StorageKey, ct);
        if (stream is null) return Problems.NotFound("The document's file");
        return TypedResults.File(stream, row.Document.ContentType, row.Document.FileName);
    }

    /// <summary>The board: the parties by name, filtered in SQL by one status or by those still to answer, then paged (the
    /// secretariat sees the counts per status on the hearing itself).</summary>
    static async Task<Results<Ok<Page<HearingPartyDto>>, AccessRefusal>> Parties(Guid id, HearingPartyStatus? status, bool? waiting,
        [AsParameters] PageQuery paging, NettverkDbContext db, HearingReads reads, CancellationToken ct)
    {
        var (hearing, refused) = await reads.ForSecretariatAsync(id, ct);
        if (refused is not null) return refused;
        var query = db.HearingParties.AsNoTracking().Where(p => p.HearingId == id);
        if (status is { } s) query = query.Where(HearingReads.HasStatus(s));
        if (waiting == true) query = query.Where(HearingReads.StillToAnswer);
        var page = await query.OrderBy(p => p.Name).ThenBy(p => p.Id).ToPageAsync(paging, ct);
        return TypedResults.Ok(page.With(await PartyDtosAsync(db, hearing!, page.Items, ct)));
    }

    static async Task<List<HearingPartyDto>> PartyDtosAsync(NettverkDbContext db, Hearing hearing, IReadOnlyList<HearingParty> parties, CancellationToken ct)
    {
        var reminders = await HearingReads.RemindersAsync(db, hearing.Id, parties.Select(p => p.Id).ToList(), ct);
        return parties.Select(p => HearingReads.PartyDto(hearing, p, true, reminders.GetValueOrDefault(p.Id))).ToList();
    }

    static async Task<Results<Ok<List<HearingPartyDto>>, AccessRefusal, ValidationProblem, ConflictProblem>> AddParties(Guid id,
        AddHearingPartiesRequest request, NettverkDbContext db, HearingReads reads, Outbox outbox, TimeProvider clock, CancellationToken ct)
    {
        var (hearing, refused) = await reads.ForSecretariatAsync(id, ct);
        if (refused is not null) return refused;
        var now = Now(clock);
        if (hearing!.StateAt(now) is not (HearingState.Draft or HearingState.Open))
            return Problems.Conflict("hearing_not_editable", "The hearing is closed for changes.");
        var existing = await db.HearingParties.Where(p => p.HearingId == id).ToListAsync(ct);
        var added = new List<HearingParty>();

        var organisationIds = (request.OrganisationIds ?? []).ToList();
        if (request.MemberOrganisationsOfBodyId is { } membersOf)
        {
            if (!await db.Bodies.AnyAsync(b => b.Id == membersOf, ct))
                return Problems.Field("memberOrganisationsOfBodyId", ErrorCodes.BodyNotFound, "No such body.");
            organisationIds.AddRange(await db.Memberships.Where(m => m.BodyId == membersOf && m.LeftOn == null).Select(m => m.OrganisationId).ToListAsync(ct));
        }
        organisationIds = organisationIds.Distinct().ToList();
        var organisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        if (organisations.Count != organisationIds.Count) return Problems.Field("organisationIds", ErrorCodes.OrganisationNotFound, "An organisation was not found.");
        foreach (var o in organisations.Where(o => existing.All(p => p.OrganisationId != o.Id)))
            added.Add(new HearingParty(id, HearingPartyKind.Organisation, o.Id, null, o.Name, null, now));

        var bodyIds = (request.BodyIds ?? []).Distinct().ToList();
        var bodies = await db.Bodies.Where(b => bodyIds.Contains(b.Id)).Select(b => new { b.Id, b.Name }).ToListAsync(ct);
        if (bodies.Count != bodyIds.Count) return Problems.Field("bodyIds", ErrorCodes.BodyNotFound, "A body was not found.");
        foreach (var b in bodies.Where(b => existing.All(p => p.PartyBodyId != b.Id)))
            added.Add(new HearingParty(id, HearingPartyKind.Body, null, b.Id, b.Name, null, now));

        foreach (var person in request.Persons ?? [])
        {
            var email = person.Email.Trim();
            if (existing.Concat(added).Any(p => p.Email is not null && string.Equals(p.Email, email, StringComparison.OrdinalIgnoreCase))) continue;
            added.Add(new HearingParty(id, HearingPartyKind.Person, null, null, person.Name.Trim(), email, now));
        }
        if (added.Count == 0 && existing.Count == 0)
            return Problems.Field("organisationIds", ErrorCodes.HearingPartiesRequired, "Choose at least one party.");
        db.HearingParties.AddRange(added);
        if (hearing.Status == HearingState.Open) await InviteAsync(db, reads, outbox, hearing, added, now, ct);
        await db.SaveChangesAsync(ct);
        // The parties this call added (the whole list is paged at GET …/parties).
        return TypedResults.Ok(await PartyDtosAsync(db, hearing, added.OrderBy(p => p.Name, StringComparer.Ordinal).ToList(), ct));
    }

    static async Task<Results<NoContent, AccessRefusal, NotFoundProblem, ConflictProblem>> RemoveParty(Guid id, Guid partyId, NettverkDbContext db,
        HearingReads reads, CancellationToken ct)
    {
        var (_, refused) = await reads.ForSecretariatAsync(id, ct);
        if (refused is not null) return refused;
        var party = await db.HearingParties.FirstOrDefaultAsync(p => p.Id == partyId && p.HearingId == id, ct);
        if (party is null) return Problems.NotFound("The party");
        if (party.Response is not null) return Problems.Conflict("hearing_party_answered", "The party has responded and cannot be removed.");
        db.HearingParties.Remove(party);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    static async Task<Results<Ok<HearingPartyDto>, AccessRefusal, NotFoundProblem, ValidationProblem>> Extend(Guid id, Guid partyId,
        ExtendHearingPartyRequest request, NettverkDbContext db, HearingReads reads, CancellationToken ct)
    {
        var (hearing, refused) = await reads.ForSecretariatAsync(id, ct);
        if (refused is not null) return refused;
        var party = await db.HearingParties.FirstOrDefaultAsync(p => p.Id == partyId && p.HearingId == id, ct);
        if (party is null) return Problems.NotFound("The party");
        party.Extend(hearing!, request.Deadline.UtcDateTime);
        await db.SaveChangesAsync(ct);
        var reminders = await HearingReads.RemindersAsync(db, id, [partyId], ct);
        return TypedResults.Ok(HearingReads.PartyDto(hearing!, party, true, reminders.GetValueOrDefault(partyId)));
    }

    static async Task<Results<Ok<SideBySideDto>, AccessRefusal>> SideBySide(Guid id, NettverkDbContext db, HearingReads reads, CancellationToken ct)
    {
        var (hearing, refused) = await reads.ForSecretariatAsync(id, ct);
        if (refused is not null) return refused;
        var sections = hearing!.Sections.OrderBy(s => s.Position).Select(s => new SideBySideSection(s.Id, s.Title)).ToList();
        var whole = sections.Count == 0;
        if (whole) sections.Add(new SideBySideSection(null, hearing.Title));
        var parties = await db.HearingParties.AsNoTracking().Where(p => p.HearingId == id).OrderBy(p => p.Name).ToListAsync(ct);
        // A response to a hearing with sections may also carry a general text: its own column, last, when anyone wrote one.
        var general = !whole && parties.Any(p => !string.IsNullOrWhiteSpace(p.Response?.Text));
        if (general) sections.Add(new SideBySideSection(null, "Generelle merknader", General: true));
        var rows = parties.Select(p =>
        {
            var texts = p.Response?.SectionTexts ?? new Dictionary<Guid, string>();
            IReadOnlyList<string?> cells = whole ? [p.Response?.Text]
                : sections.Select(s => s.General ? p.Response?.Text : texts.TryGetValue(s.Id!.Value, out var t) ? t : null).ToList();
            return new SideBySideParty(p.Id, p.Name, p.Status, p.Response?.ExemptBasis, p.Response?.NoComments == true, cells);
        }).ToList();
        return TypedResults.Ok(new SideBySideDto(sections, rows));
    }
}

