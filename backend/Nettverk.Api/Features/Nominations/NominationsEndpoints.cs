using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.Memberships;
using Nettverk.Api.Features.People;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Nominations;

/// <summary>The nomination flow: an organisation contact proposes, the body's secretariat approves (filling the seat) or rejects.</summary>
public static class NominationsEndpoints
{
    public static IEndpointRouteBuilder MapNominationsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/nominations", ListMyNominations).WithName("listMyNominations").WithTags("Nominations").RequireAuthorization();
        var group = app.MapGroup("/api/bodies/{bodyId:guid}/nominations").WithTags("Nominations").RequireAuthorization();
        group.MapGet("/", ListNominations).WithName("listNominations");
        group.MapPost("/", Nominate).WithName("nominate").ProducesRuleConflict("nomination_pending");
        group.MapPost("/{nominationId:guid}/approve", ApproveNomination).WithName("approveNomination")
            .ProducesRuleConflict("nomination_not_pending", "membership_ended", "person_already_seated");
        group.MapPost("/{nominationId:guid}/reject", RejectNomination).WithName("rejectNomination").ProducesRuleConflict("nomination_not_pending");
        group.MapPost("/{nominationId:guid}/withdraw", WithdrawNomination).WithName("withdrawNomination").ProducesRuleConflict("nomination_not_pending");
        return app;
    }

    static async Task<Ok<Page<NominationDto>>> ListMyNominations([AsParameters] PageQuery paging, NettverkDbContext db,
        BodyPermissions permissions, CurrentUser user, CancellationToken ct)
    {
        var roles = await permissions.RolesByBodyAsync(ct);
        var managed = roles.Where(r => r.Value.Contains(BodyRole.Secretariat)).Select(r => r.Key).ToList();
        var personId = await user.PersonIdAsync(ct);
        var myOrgs = await db.OrganisationContacts.Where(c => c.PersonId == personId).Select(c => c.OrganisationId).ToListAsync(ct);
        var query = db.Nominations.AsNoTracking()
            .Where(n => user.IsAdministrator || managed.Contains(n.BodyId) || myOrgs.Contains(n.OrganisationId));
        return TypedResults.Ok((await Rows(db, query).ToPageAsync(paging, ct)).Select(ToDto));
    }

    static async Task<Results<Ok<Page<NominationDto>>, NotFoundProblem>> ListNominations(Guid bodyId, NominationStatus? status,
        [AsParameters] PageQuery paging, NettverkDbContext db, BodyPermissions permissions, CurrentUser user, CancellationToken ct)
    {
        var access = await permissions.ForBodyAsync(bodyId, ct);
        if (!access.CanView) return Problems.NotFound("The body");
        var query = db.Nominations.AsNoTracking().Where(n => n.BodyId == bodyId);
        if (status is not null) query = query.Where(n => n.Status == status);
        // Organisations do not see each other's proposals; the secretariat sees all.
        if (!access.CanManage)
        {
            var personId = await user.PersonIdAsync(ct);
            var myOrgs = db.OrganisationContacts.Where(c => c.PersonId == personId).Select(c => c.OrganisationId);
            query = query.Where(n => myOrgs.Contains(n.OrganisationId));
        }
        return TypedResults.Ok((await Rows(db, query).ToPageAsync(paging, ct)).Select(ToDto));
    }

    static async Task<Results<Created<NominationDto>, NotFoundProblem, ForbiddenProblem, ConflictProblem, ValidationProblem>> Nominate(Guid bodyId,
        NominateRequest request, NettverkDbContext db, BodyPermissions permissions, CurrentUser user, Outbox outbox, AppLinks links,
        TimeProvider clock, CancellationToken ct)
    {
        var access = await permissions.ForBodyAsync(bodyId, ct);
        if (!access.CanView) return Problems.NotFound("The body");
        var personId = await user.PersonIdAsync(ct);
        var isContact = await db.OrganisationContacts.AnyAsync(c => c.OrganisationId == request.OrganisationId && c.PersonId == personId, ct);
        if (!access.CanManage && !isContact) return Problems.Forbidden("Only the organisation's contacts nominate for it.");
        var membership = await db.Memberships.Include(m => m.Seats)
            .FirstOrDefaultAsync(m => m.BodyId == bodyId && m.OrganisationId == request.OrganisationId && m.LeftOn == null, ct);
        if (membership is null) return Problems.Field("organisationId", ErrorCodes.OrganisationNotMember, "The organisation is not a member of the body.");
        if (request.SeatId is { } seatId && membership.Seats.All(s => s.Id != seatId))
            return Problems.Field("seatId", ErrorCodes.SeatNotOfMembership, "The seat does not belong to the organisation's membership.");
        if (request.SeatId is null && membership.Seats.Count > 1)
            return Problems.Field("seatId", ErrorCodes.SeatRequired, "The organisation has several seats: say which one.");
        if (await db.Nominations.AnyAsync(n => n.BodyId == bodyId && n.OrganisationId == request.OrganisationId
                && n.Status == NominationStatus.Pending && n.SeatId == (request.SeatId ?? membership.Seats.Select(s => (Guid?)s.Id).FirstOrDefault()), ct))
            return Problems.Conflict("nomination_pending", "A proposal for this seat is already waiting for the secretariat.");

        var representative = await CandidateAsync(db, request.Representative, "representative", request.OrganisationId, access.CanManage, ct);
        var deputies = new List<NominationCandidate>();
        for (var i = 0; i < (request.Deputies ?? []).Count; i++)
            deputies.Add(await CandidateAsync(db, request.Deputies![i], $"deputies[{i}]", request.OrganisationId, access.CanManage, ct));

        var nomination = new Nomination(bodyId, request.OrganisationId, request.SeatId ?? membership.Seats.SingleOrDefault()?.Id,
            request.Comment, user.UserId!.Value, user.Email!, clock.GetUtcNow().UtcDateTime, representative, deputies);
        db.Nominations.Add(nomination);

        var body = await db.Bodies.AsNoTracking().FirstAsync(b => b.Id == bodyId, ct);
        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == request.OrganisationId, ct);
        var secretaries = await db.BodySecretaries.Where(s => s.BodyId == bodyId)
            .Join(db.People, s => s.PersonId, p => p.Id, (s, p) => new { p.Email, p.Name }).ToListAsync(ct);
        var content = NominationReceivedEmail.Render(body.Name, organisation.Name, representative.Name,
            deputies.Select(d => d.Name), links.To($"/organer/{bodyId}?fane=nominasjoner"));
        foreach (var secretary in secretaries) outbox.Enqueue(secretary.Email, secretary.Name, content);

        await db.SaveChangesAsync(ct);
        var dto = (await ProjectAsync(db, db.Nominations.Where(n => n.Id == nomination.Id), ct)).Single();
        return TypedResults.Created($"/api/bodies/{bodyId}/nominations/{nomination.Id}", dto);
    }

    static async Task<Results<Ok<NominationDto>, AccessRefusal>> ApproveNomination(Guid bodyId, Guid nominationId,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, Outbox outbox, AppLinks links, TimeProvider clock, CancellationToken ct)
    {
        var (nomination, refused) = await LoadForSecretariatAsync(db, permissions, bodyId, nominationId, ct);
        if (refused is not null) return refused;
        nomination!.Approve(user.Email!, clock.GetUtcNow().UtcDateTime);

        var personIds = new List<Guid>();
        foreach (var candidate in nomination.Candidates.OrderBy(c => c.Position))
            personIds.Add(await ResolvePersonAsync(db, candidate, nomination.OrganisationId, ct));
        var membership = await db.Memberships.Include(m => m.Seats).ThenInclude(s => s.Deputies)
            .FirstOrDefaultAsync(m => m.BodyId == bodyId && m.OrganisationId == nomination.OrganisationId && m.LeftOn == null, ct)
            ?? throw new DomainRuleException("membership_ended", "The organisation is no longer a member of the body.");
        var seat = membership.Seats.FirstOrDefault(s => s.Id == nomination.SeatId)
            ?? membership.Seats.SingleOrDefault()
            ?? membership.AddSeat(SeatRole.Member, Calendar.OsloTime.Today(clock), null);
        await SeatAssignment.AssignAsync(db, seat, personIds[0], personIds.Skip(1).ToList(), ct);

        await NotifyNominatorAsync(db, outbox, links, nomination, approved: true, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await ProjectAsync(db, db.Nominations.Where(n => n.Id == nominationId), ct)).Single());
    }

    static async Task<Results<Ok<NominationDto>, AccessRefusal, ValidationProblem>> RejectNomination(Guid bodyId, Guid nominationId,
        RejectNominationRequest request, NettverkDbContext db, BodyPermissions permissions, CurrentUser user, Outbox outbox, AppLinks links,
        TimeProvider clock, CancellationToken ct)
    {
        var (nomination, refused) = await LoadForSecretariatAsync(db, permissions, bodyId, nominationId, ct);
        if (refused is not null) return refused;
        nomination!.Reject(user.Email!, clock.GetUtcNow().UtcDateTime, request.Reason.Trim());
        await NotifyNominatorAsync(db, outbox, links, nomination, approved: false, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await ProjectAsync(db, db.Nominations.Where(n => n.Id == nominationId), ct)).Single());
    }

    static async Task<Results<Ok<NominationDto>, NotFoundProblem>> WithdrawNomination(Guid bodyId, Guid nominationId,
        NettverkDbContext db, BodyPermissions permissions, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var access = await permissions.ForBodyAsync(bodyId, ct);
        if (!access.CanView) return Problems.NotFound("The body");
        var nomination = await db.Nominations.FirstOrDefaultAsync(n => n.Id == nominationId && n.BodyId == bodyId, ct);
        var personId = await user.PersonIdAsync(ct);
        var isContact = nomination is not null &&
            await db.OrganisationContacts.AnyAsync(c => c.OrganisationId == nomination.OrganisationId && c.PersonId == personId, ct);
        if (nomination is null || !isContact && !access.CanManage) return Problems.NotFound("The nomination");
        nomination.Withdraw(user.Email!, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await ProjectAsync(db, db.Nominations.Where(n => n.Id == nominationId), ct)).Single());
    }

    static async Task<(Nomination?, AccessRefusal?)> LoadForSecretariatAsync(NettverkDbContext db, BodyPermissions permissions,
        Guid bodyId, Guid nominationId, CancellationToken ct)
    {
        var access = await permissions.ForBodyAsync(bodyId, ct);
        if (!access.CanView) return (null, Problems.NotFound("The body"));
        if (!access.CanManage) return (null, Problems.Forbidden("Only the body's secretariat decides on nominations."));
        var nomination = await db.Nominations.FirstOrDefaultAsync(n => n.Id == nominationId && n.BodyId == bodyId, ct);
        return nomination is null ? (null, Problems.NotFound("The nomination")) : (nomination, null);
    }

    static async Task<NominationCandidate> CandidateAsync(NettverkDbContext db, CandidateInput input, string field,
        Guid organisationId, bool isSecretariat, CancellationToken ct)
    {
        if (input.PersonId is { } personId)
        {
            var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId && p.ArchivedAt == null, ct);
            // A contact picks among the organisation's own people; other people's records are not theirs to see.
            if (person is null || !isSecretariat && person.OrganisationId != organisationId)
                throw new FieldValidationException($"{field}.personId", ErrorCodes.PersonNotInOrganisation, "Choose a person in the organisation.");
            return new NominationCandidate(person.Id, person.Name, person.Email, person.Phone, person.Title);
        }
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length < 2)
            throw new FieldValidationException($"{field}.name", ErrorCodes.NomineeNameRequired, "Give the person's name.");
        if (string.IsNullOrWhiteSpace(input.Email))
            throw new FieldValidationException($"{field}.email", ErrorCodes.NomineeEmailRequired, "Give the person's e-mail address.");
        return new NominationCandidate(null, input.Name, input.Email, input.Phone, input.Title);
    }

    /// <summary>The proposed person, or the registered person with that e-mail, or a new person in the organisation.</summary>
    static async Task<Guid> ResolvePersonAsync(NettverkDbContext db, NominationCandidate candidate, Guid organisationId, CancellationToken ct)
    {
        if (candidate.PersonId is { } id && await db.People.AnyAsync(p => p.Id == id, ct)) return id;
        var email = Person.Normalise(candidate.Email);
        var existing = await db.People.FirstOrDefaultAsync(p => p.NormalizedEmail == email, ct)
            ?? db.People.Local.FirstOrDefault(p => p.NormalizedEmail == email);
        if (existing is null)
        {
            existing = new Person(candidate.Name, candidate.Email, candidate.Phone, candidate.Title, organisationId);
            db.People.Add(existing);
        }
        candidate.ResolveTo(existing.Id);
        return existing.Id;
    }

    static async Task NotifyNominatorAsync(NettverkDbContext db, Outbox outbox, AppLinks links, Nomination nomination, bool approved, CancellationToken ct)
    {
        var nominator = await db.People.AsNoTracking().Where(p => p.UserId == nomination.NominatedByUserId)
            .Select(p => new { p.Email, p.Name }).FirstOrDefaultAsync(ct);
        if (nominator is null) return;
        var bodyName = await db.Bodies.Where(b => b.Id == nomination.BodyId).Select(b => b.Name).FirstAsync(ct);
        outbox.Enqueue(nominator.Email, nominator.Name, NominationDecidedEmail.Render(bodyName, nomination.Representative.Name,
            approved, nomination.DecisionReason, links.To("/nominasjoner")));
    }

    static async Task<List<NominationDto>> ProjectAsync(NettverkDbContext db, IQueryable<Nomination> query, CancellationToken ct) =>
        (await Rows(db, query).ToListAsync(ct)).Select(ToDto).ToList();

    sealed record Row(Nomination Nomination, string BodyName, string OrganisationName, string? Nominator, string? Decider);

    /// <summary>Those awaiting a decision first, then newest first; Id breaks ties so pages neither repeat nor skip one.
    /// Who proposed and who decided are stored as the accounts' addresses; the people's names come in the same statement.</summary>
    static IQueryable<Row> Rows(NettverkDbContext db, IQueryable<Nomination> query) =>
        query.AsNoTracking().OrderBy(n => n.Status == NominationStatus.Pending ? 0 : 1).ThenByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Select(n => new Row(n,
                db.Bodies.Where(b => b.Id == n.BodyId).Select(b => b.Name).First(),
                db.Organisations.Where(o => o.Id == n.OrganisationId).Select(o => o.Name).First(),
                db.People.Where(p => p.UserId == n.NominatedByUserId).Select(p => p.Name).FirstOrDefault(),
                db.People.Where(p => n.DecidedByName != null && p.NormalizedEmail == n.DecidedByName.ToUpper()).Select(p => p.Name).FirstOrDefault()));

    /// <summary>Names, not addresses: the address only where no person has it.</summary>
    static NominationDto ToDto(Row r)
    {
        var n = r.Nomination;
        return new NominationDto(n.Id, n.BodyId, r.BodyName, new NamedRef(n.OrganisationId, r.OrganisationName), n.SeatId, n.Status,
            ToDto(n.Representative), n.Deputies.Select(ToDto).ToList(), n.Comment, r.Nominator ?? n.NominatedByName, n.CreatedAt,
            n.DecidedByName is null ? null : r.Decider ?? n.DecidedByName, n.DecidedAt, n.DecisionReason);
    }

    static CandidateDto ToDto(NominationCandidate c) => new(c.PersonId, c.Name, c.Email, c.Phone, c.Title);
}
