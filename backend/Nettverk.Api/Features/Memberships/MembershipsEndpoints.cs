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

    static async Task<Results<Ok<List<MembershipDto>>, NotFoundProblem>> ListMemberships(Guid bodyId, bool? includeEnded,
        NettverkDbContext db, BodyPermissions permissions, CancellationToken ct)
    {
        var access = await permissions.ForBodyAsync(bodyId, ct);
        if (!access.CanView) return Problems.NotFound("The body");
        return TypedResults.Ok(await LoadAsync(db, bodyId, null, includeEnded == true, ct));
    }

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
        var dto = (await LoadAsync(db, bodyId, membership.Id, true, ct)).Single();
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

    internal static async Task<List<MembershipDto>> LoadAsync(NettverkDbContext db, Guid bodyId, Guid? membershipId,
        bool includeEnded, CancellationToken ct)
    {
        var memberships = await db.Memberships.AsNoTracking().AsSplitQuery()
            .Include(m => m.Seats).ThenInclude(s => s.Deputies)
            .Where(m => m.BodyId == bodyId && (membershipId == null || m.Id == membershipId) && (includeEnded || m.LeftOn == null))
            .ToListAsync(ct);
        var orgIds = memberships.Select(m => m.OrganisationId).ToList();
        var orgs = await db.Organisations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var people = await PersonRefs.LoadAsync(db, memberships.SelectMany(m => m.Seats).SelectMany(s => s.Holders()), ct);
        return memberships
            .OrderBy(m => orgs[m.OrganisationId], StringComparer.Create(new System.Globalization.CultureInfo("nb-NO"), true))
            .Select(m => new MembershipDto(m.Id, new NamedRef(m.OrganisationId, orgs[m.OrganisationId]), m.JoinedOn, m.LeftOn,
                m.Seats.OrderBy(s => s.Role).Select(s => ToDto(s, people)).ToList()))
            .ToList();
    }

    static SeatDto ToDto(Seat s, IReadOnlyDictionary<Guid, PersonRef> people) =>
        new(s.Id, s.Role, s.TermStart, s.TermEnd, s.RepresentativeId is { } r ? people[r] : null,
            s.Deputies.OrderBy(d => d.Order).Select(d => new DeputyDto(d.Order, people[d.PersonId])).ToList());
}
