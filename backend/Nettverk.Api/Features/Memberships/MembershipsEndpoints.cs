using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Bodies;
using Nettverk.Api.Features.People;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Memberships;

/// <summary>Member organisations of a body and their seats. Read: anyone with a role in the body. Write: its secretariat.</summary>
public static class MembershipsEndpoints
{
    public static IEndpointRouteBuilder MapMembershipsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/bodies/{bodyId:guid}/memberships").WithTags("Memberships").RequireAuthorization();
        group.MapGet("/", ListMemberships).WithName("listMemberships");
        group.MapPost("/", AddMembership).WithName("addMembership").ProducesRuleConflict("already_member");
        group.MapPost("/{membershipId:guid}/end", EndMembership).WithName("endMembership").ProducesRuleConflict("membership_ended");
        group.MapPost("/{membershipId:guid}/seats", AddSeat).WithName("addSeat").ProducesRuleConflict("membership_ended", "person_already_seated");
        group.MapPut("/{membershipId:guid}/seats/{seatId:guid}", UpdateSeat).WithName("updateSeat").ProducesRuleConflict("person_already_seated");
        group.MapDelete("/{membershipId:guid}/seats/{seatId:guid}", RemoveSeat).WithName("removeSeat").ProducesRuleConflict("seat_has_nominations");
        return app;
    }

    /// <summary>A body's members, by organisation name in Norwegian order (Æ, Ø, Å after Z), which SQLite cannot sort by:
    /// a body has tens of members, so their ids and names are read and ordered here, and only the page is loaded in full.
    /// The page defaults to the largest size, so a client that does not page gets every member of any real body.</summary>
    static async Task<Results<Ok<Page<MembershipDto>>, NotFoundProblem>> ListMemberships(Guid bodyId, bool? includeEnded,
        [AsParameters] PageQuery paging, NettverkDbContext db, BodyPermissions permissions, CancellationToken ct)
    {
        var access = await permissions.ForBodyAsync(bodyId, ct);
        if (!access.CanView) return Problems.NotFound("The body");
        var all = includeEnded == true;
        var names = await db.Memberships.Where(m => m.BodyId == bodyId && (all || m.LeftOn == null))
            .Join(db.Organisations, m => m.OrganisationId, o => o.Id, (m, o) => new { m.Id, o.Name }).ToListAsync(ct);
        var page = names.OrderBy(x => x.Name, Norwegian).ThenBy(x => x.Id).ToList().ToPage(paging, Paging.MaxSize);
        var loaded = await LoadAsync(db, bodyId, page.Items.Select(x => x.Id).ToList(), page.Items.ToDictionary(x => x.Id, x => x.Name), ct);
        return TypedResults.Ok(page.With(page.Items.Select(x => loaded[x.Id]).ToList()));
    }

    static readonly StringComparer Norwegian = StringComparer.Create(new System.Globalization.CultureInfo("nb-NO"), true);

    static async Task<Results<Created<MembershipDto>, AccessRefusal, ConflictProblem, ValidationProblem>> AddMembership(Guid bodyId,
        AddMembershipRequest request, NettverkDbContext db, BodyPermissions permissions, CancellationToken ct)
    {
        if (await ManageAsync(permissions, bodyId, ct) is { } refused) return refused;
        if (!await db.Organisations.AnyAsync(o => o.Id == request.OrganisationId && o.ArchivedAt == null, ct))
            return Problems.Field("organisationId", ErrorCodes.OrganisationNotFound, "The organisation does not exist.");
        if (await db.Memberships.AnyAsync(m => m.BodyId == bodyId && m.OrganisationId == request.OrganisationId && m.LeftOn == null, ct))
            return Problems.Conflict("already_member", "The organisation is already a member.");
        var membership = new Membership(bodyId, request.OrganisationId, request.JoinedOn);
        db.Memberships.Add(membership);
        await db.SaveChangesAsync(ct);
        var name = await db.Organisations.Where(o => o.Id == request.OrganisationId).Select(o => o.Name).FirstAsync(ct);
        var dto = (await LoadAsync(db, bodyId, [membership.Id], new() { [membership.Id] = name }, ct))[membership.Id];
        return TypedResults.Created($"/api/bodies/{bodyId}/memberships/{membership.Id}", dto);
    }

    static async Task<Results<NoContent, AccessRefusal, NotFoundProblem>> EndMembership(Guid bodyId, Guid membershipId,
        EndMembershipRequest request, NettverkDbContext db, BodyPermissions permissions, CancellationToken ct)
    {
        if (await ManageAsync(permissions, bodyId, ct) is { } refused) return refused;
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId && m.BodyId == bodyId, ct);
        if (membership is null) return Problems.NotFound("The membership");
        membership.End(request.LeftOn);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    static async Task<Results<Created<SeatDto>, AccessRefusal, NotFoundProblem, ValidationProblem>> AddSeat(Guid bodyId, Guid membershipId,
        SeatInput input, NettverkDbContext db, BodyPermissions permissions, CancellationToken ct)
    {
        if (await ManageAsync(permissions, bodyId, ct) is { } refused) return refused;
        var membership = await db.Memberships.Include(m => m.Seats).FirstOrDefaultAsync(m => m.Id == membershipId && m.BodyId == bodyId, ct);
        if (membership is null) return Problems.NotFound("The membership");
        var seat = membership.AddSeat(input.Role, input.TermStart, input.TermEnd);
        await SeatAssignment.AssignAsync(db, seat, input.RepresentativeId, input.DeputyIds ?? [], ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/bodies/{bodyId}/memberships/{membershipId}/seats/{seat.Id}", await LoadSeatAsync(db, seat.Id, ct));
    }

    static async Task<Results<Ok<SeatDto>, AccessRefusal, NotFoundProblem, ValidationProblem>> UpdateSeat(Guid bodyId, Guid membershipId,
        Guid seatId, SeatInput input, NettverkDbContext db, BodyPermissions permissions, CancellationToken ct)
    {
        if (await ManageAsync(permissions, bodyId, ct) is { } refused) return refused;
        var seat = await db.Seats.Include(s => s.Deputies)
            .FirstOrDefaultAsync(s => s.Id == seatId && s.MembershipId == membershipId && s.BodyId == bodyId, ct);
        if (seat is null) return Problems.NotFound("The seat");
        seat.SetTerm(input.Role, input.TermStart, input.TermEnd);
        await SeatAssignment.AssignAsync(db, seat, input.RepresentativeId, input.DeputyIds ?? [], ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await LoadSeatAsync(db, seat.Id, ct));
    }

    static async Task<Results<NoContent, AccessRefusal, NotFoundProblem, ConflictProblem>> RemoveSeat(Guid bodyId, Guid membershipId, Guid seatId,
        NettverkDbContext db, BodyPermissions permissions, CancellationToken ct)
    {
        if (await ManageAsync(permissions, bodyId, ct) is { } refused) return refused;
        var seat = await db.Seats.FirstOrDefaultAsync(s => s.Id == seatId && s.MembershipId == membershipId && s.BodyId == bodyId, ct);
        if (seat is null) return Problems.NotFound("The seat");
        if (await db.Nominations.AnyAsync(n => n.SeatId == seatId, ct))
            return Problems.Conflict("seat_has_nominations", "Nominations refer to this seat; end the membership instead.");
        db.Seats.Remove(seat);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    static async Task<AccessRefusal?> ManageAsync(BodyPermissions permissions, Guid bodyId, CancellationToken ct)
    {
        var access = await permissions.ForBodyAsync(bodyId, ct);
        if (!access.CanView) return Problems.NotFound("The body");
        return access.CanManage ? null : Problems.Forbidden("Only the body's secretariat manages its members.");
    }

    static async Task<SeatDto> LoadSeatAsync(NettverkDbContext db, Guid seatId, CancellationToken ct)
    {
        var seat = await db.Seats.AsNoTracking().Include(s => s.Deputies).FirstAsync(s => s.Id == seatId, ct);
        var people = await PersonRefs.LoadAsync(db, seat.Holders(), ct);
        return ToDto(seat, people);
    }

    /// <summary>The given memberships with their seats and the seat holders; the organisations' names are known already.</summary>
    static async Task<Dictionary<Guid, MembershipDto>> LoadAsync(NettverkDbContext db, Guid bodyId, IReadOnlyList<Guid> ids,
        Dictionary<Guid, string> organisationNames, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var memberships = await db.Memberships.AsNoTracking().AsSplitQuery()
            .Include(m => m.Seats).ThenInclude(s => s.Deputies)
            .Where(m => m.BodyId == bodyId && ids.Contains(m.Id))
            .ToListAsync(ct);
        var people = await PersonRefs.LoadAsync(db, memberships.SelectMany(m => m.Seats).SelectMany(s => s.Holders()), ct);
        return memberships.ToDictionary(m => m.Id, m => new MembershipDto(m.Id, new NamedRef(m.OrganisationId, organisationNames[m.Id]),
            m.JoinedOn, m.LeftOn, m.Seats.OrderBy(s => s.Role).Select(s => ToDto(s, people)).ToList()));
    }

    static SeatDto ToDto(Seat s, IReadOnlyDictionary<Guid, PersonRef> people) =>
        new(s.Id, s.Role, s.TermStart, s.TermEnd, s.RepresentativeId is { } r ? people[r] : null,
            s.Deputies.OrderBy(d => d.Order).Select(d => new DeputyDto(d.Order, people[d.PersonId])).ToList());
}
