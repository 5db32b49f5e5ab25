using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Features.Accounts;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Common;

/// <summary>The signed-in user of this request (or none: anonymous, a background job).</summary>
public sealed class CurrentUser(IHttpContextAccessor http, IServiceProvider services)
{
    Guid? personId;
    bool personLoaded;

    ClaimsPrincipal? Principal => http.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? UserId =>
        Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) && IsAuthenticated ? id : null;

    public string? Email => IsAuthenticated ? Principal!.FindFirstValue(ClaimTypes.Email) ?? Principal!.Identity!.Name : null;

    public bool IsAdministrator => Principal?.IsInRole(GlobalRoles.Administrator) == true;
    public bool IsGlobalSecretariat => Principal?.IsInRole(GlobalRoles.Secretariat) == true;

    /// <summary>The person the account belongs to, looked up once per request.</summary>
    public async Task<Guid?> PersonIdAsync(CancellationToken ct = default)
    {
        if (personLoaded) return personId;
        personLoaded = true;
        if (UserId is not { } userId) return null;
        // Resolved lazily from the provider: the DbContext depends on this class through the audit interceptor.
        var db = services.GetRequiredService<NettverkDbContext>();
        personId = await db.People.Where(p => p.UserId == userId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        return personId;
    }
}
