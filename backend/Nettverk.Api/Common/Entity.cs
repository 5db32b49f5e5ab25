namespace Nettverk.Api.Common;

/// <summary>Entities whose changes are written to the audit log. <see cref="AuditBodyId"/> lets a body's secretariat read them.</summary>
public interface IAudited
{
    Guid Id { get; }
    Guid? AuditBodyId => null;
}
