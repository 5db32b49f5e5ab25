using System.Security.Claims;
using Nettverk.Api.Features.Accounts;

namespace Nettverk.Api.Common;

/// <summary>The signed-in user of this request (or none: anonymous, a background job).</summary>
public sealed class CurrentUser(IHttpContextAccessor http, IServiceProvider services)
{
    ClaimsPrincipal? Principal => http.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? UserId =>
        Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) && IsAuthenticated ? id : null;

    public string? Email => IsAuthenticated ? Principal!.FindFirstValue(ClaimTypes.Email) ?? Principal!.Identity!.Name : null;

    public bool IsAdministrator => Principal?.IsInRole(GlobalRoles.Administrator) == true;
    public bool IsGlobalSecretariat => Principal?.IsInRole(GlobalRoles.Secretariat) == true;

    /// <summary>The person the account belongs to, looked up once per request together with the caller's roles (one
    /// statement for both, as nearly every signed-in request needs both).</summary>
    public async Task<Guid?> PersonIdAsync(CancellationToken ct = default)
    {
        if (UserId is null) return null;
        // Resolved lazily from the provider: the DbContext depends on this class through the audit interceptor.
        return (await services.GetRequiredService<BodyPermissions>().CallerAsync(ct)).PersonId;
    }
}
