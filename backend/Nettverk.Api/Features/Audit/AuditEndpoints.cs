using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Audit;

/// <summary>An audited change. <see cref="Actor"/> is the account's address as recorded (or "system"), which the audit
/// trail keeps; <see cref="ActorName"/> is the person's name, for screens, when the account belongs to a person.</summary>
public sealed record AuditEventDto(Guid Id, DateTime At, string Actor, AuditAction Action, string EntityType, Guid EntityId,
    Guid? BodyId, IReadOnlyList<AuditChange> Changes, string? ActorName);

/// <summary>The audit log. Administrators read all of it; a body's secretariat reads the events of their bodies.</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", ListAuditEvents).WithName("listAuditEvents").WithTags("Audit").RequireAuthorization();
        return app;
    }

    static async Task<Results<Ok<Page<AuditEventDto>>, ForbiddenProblem, NotFoundProblem, ValidationProblem>> ListAuditEvents(NettverkDbContext db,
        BodyPermissions permissions, CurrentUser user, Guid? bodyId, string? entityType, [AsParameters] PageQuery paging, CancellationToken ct)
    {
        var query = db.AuditEvents.AsNoTracking();
        if (!user.IsAdministrator)
        {
            var managed = (await permissions.RolesByBodyAsync(ct)).Where(r => r.Value.Contains(BodyRole.Secretariat)).Select(r => r.Key).ToList();
            if (managed.Count == 0) return Problems.Forbidden("The audit log is for administrators and secretariats.");
            if (bodyId is { } requested && !managed.Contains(requested)) return Problems.NotFound("The body");
            query = query.Where(e => e.BodyId != null && managed.Contains(e.BodyId.Value));
        }
        if (bodyId is not null) query = query.Where(e => e.BodyId == bodyId);
        if (!string.IsNullOrWhiteSpace(entityType)) query = query.Where(e => e.EntityType == entityType);
        // Newest first, by the (BodyId, At) and (At) indexes; Id breaks ties so pages neither repeat nor skip an event.
        // The actor's name in the same statement, by the account (a unique index on People.UserId).
        var page = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new { Event = e, Name = db.People.Where(p => p.UserId != null && p.UserId == e.ActorUserId).Select(p => p.Name).FirstOrDefault() })
            .ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Select(r => new AuditEventDto(r.Event.Id, r.Event.At, r.Event.Actor, r.Event.Action, r.Event.EntityType,
            r.Event.EntityId, r.Event.BodyId, JsonSerializer.Deserialize<List<AuditChange>>(r.Event.Changes, JsonSerializerOptions.Web) ?? [], r.Name)));
    }
}
