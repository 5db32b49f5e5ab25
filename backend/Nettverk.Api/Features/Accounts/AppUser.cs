using Microsoft.AspNetCore.Identity;

namespace Nettverk.Api.Features.Accounts;

/// <summary>A sign-in account. The person it belongs to is <see cref="People.Person.UserId"/>.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser() => Id = Guid.CreateVersion7();
    public DateTime CreatedAt { get; set; }
    /// <summary>Set while an invitation is pending: the account has no password yet.</summary>
    public DateTime? InvitedAt { get; set; }
}

public static class GlobalRoles
{
    public const string Administrator = "Administrator";
    public const string Secretariat = "Secretariat";
    public static readonly string[] All = [Administrator, Secretariat];
}
