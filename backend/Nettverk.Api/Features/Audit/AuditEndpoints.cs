using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Audit;

public sealed record AuditEventDto(Guid Id, DateTime At, string Actor, AuditAction Action, string EntityType, Guid EntityId,
    Guid? BodyId, IReadOnlyList<AuditChange> Changes);
public sealed record AuditPage(IReadOnlyList<AuditEventDto> Items, int Total);

/// <summary>The audit log. Administrators read all of it; a body's secretariat reads the events of their bodies.</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", ListAuditEvents).WithName("listAuditEvents").WithTags("Audit").RequireAuthorization();
        return app;
    }

    static async Task<Results<Ok<AuditPage>, ForbiddenProblem, NotFoundProblem, ValidationProblem>> ListAuditEvents(NettverkDbContext db,
        BodyPermissions permissions, CurrentUser user, Guid? bodyId, string? entityType, int? page, int? pageSize, CancellationToken ct)
    {
        if (page is < 1) return Problems.Field("page", ErrorCodes.TooSmall, "Pages start at 1.", new() { ["min"] = 1 });
        if (pageSize is < 1 or > 200) return Problems.Field("pageSize", ErrorCodes.OutOfRange, "Between 1 and 200.", new() { ["min"] = 1, ["max"] = 200 });
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
        var size = pageSize ?? 50;
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip(((page ?? 1) - 1) * size).Take(size).ToListAsync(ct);
        var items = rows.Select(e => new AuditEventDto(e.Id, e.At, e.Actor, e.Action, e.EntityType, e.EntityId, e.BodyId,
            JsonSerializer.Deserialize<List<AuditChange>>(e.Changes, JsonSerializerOptions.Web) ?? [])).ToList();
        return TypedResults.Ok(new AuditPage(items, total));
    }
}
