using Microsoft.AspNetCore.Identity;
using Nettverk.Api.Demo;
using Nettverk.Api.Features.Accounts;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Common;

public static class Startup
{
    /// <summary>True when the app is started only to have its OpenAPI document read at build time.</summary>
    public static bool IsDocumentGeneration => System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";

    /// <summary>Migrates, creates the global roles and, when asked and the database is empty, loads the demo data.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await app.MigrateAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in GlobalRoles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
        if (app.Configuration.GetValue<bool>("Nettverk:DemoData"))
            await ActivatorUtilities.CreateInstance<DemoData>(scope.ServiceProvider).LoadIfEmptyAsync();
    }
}
