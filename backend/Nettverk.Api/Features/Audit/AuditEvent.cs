namespace Nettverk.Api.Features.Audit;

public enum AuditAction { Created, Updated, Deleted }

/// <summary>One change to one entity: who, what, when, and the changed values before and after.</summary>
public sealed class AuditEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public DateTime At { get; init; }
    public Guid? ActorUserId { get; init; }
    public string Actor { get; init; } = "";
    public AuditAction Action { get; init; }
    public string EntityType { get; init; } = "";
    public Guid EntityId { get; init; }
    public Guid? BodyId { get; init; }
    /// <summary>JSON array of {property, before, after}.</summary>
    public string Changes { get; init; } = "[]";
}
