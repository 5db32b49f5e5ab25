using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Nettverk.Api.Common;

namespace Nettverk.Api.Features.Audit;

/// <summary>Writes an <see cref="AuditEvent"/> for every added, changed or deleted <see cref="IAudited"/> entity,
/// in the same SaveChanges, so a change and its trace are committed together or not at all.</summary>
public sealed class AuditInterceptor(CurrentUser user, TimeProvider clock) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) AddEvents(context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) AddEvents(context);
        return base.SavingChanges(eventData, result);
    }

    void AddEvents(DbContext context)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var events = context.ChangeTracker.Entries()
            .Where(e => e.Entity is IAudited && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => ToEvent(e, now))
            .Where(e => e is not null)
            .ToList();
        context.AddRange(events!);
    }

    AuditEvent? ToEvent(EntityEntry entry, DateTime now)
    {
        var audited = (IAudited)entry.Entity;
        var action = entry.State switch
        {
            EntityState.Added => AuditAction.Created,
            EntityState.Deleted => AuditAction.Deleted,
            _ => AuditAction.Updated,
        };
        var changes = entry.Properties
            .Where(p => !p.Metadata.IsPrimaryKey() && !p.Metadata.IsShadowProperty())
            .Where(p => action != AuditAction.Updated || p.IsModified && !Equals(p.OriginalValue, p.CurrentValue) && !SameJson(p))
            .Select(p => new AuditChange(
                JsonNamingPolicy.CamelCase.ConvertName(p.Metadata.Name),
                action == AuditAction.Created ? null : Format(p.OriginalValue),
                action == AuditAction.Deleted ? null : Format(p.CurrentValue)))
            .ToList();
        if (action == AuditAction.Updated && changes.Count == 0) return null;
        return new AuditEvent
        {
            At = now,
            ActorUserId = user.UserId,
            Actor = user.Email ?? "system",
            Action = action,
            EntityType = entry.Metadata.ClrType.Name,
            EntityId = audited.Id,
            BodyId = audited.AuditBodyId,
            Changes = JsonSerializer.Serialize(changes, JsonOptions),
        };
    }

    // Collections (tasks, months) are compared by content: the change tracker compares them by reference.
    static bool SameJson(PropertyEntry p) =>
        p.OriginalValue is System.Collections.IEnumerable and not string &&
        Format(p.OriginalValue) == Format(p.CurrentValue);

    static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime d => d.ToString("O"),
        DateOnly d => d.ToString("yyyy-MM-dd"),
        System.Collections.IEnumerable e => JsonSerializer.Serialize(e),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}

public sealed record AuditChange(string Property, string? Before, string? After);
