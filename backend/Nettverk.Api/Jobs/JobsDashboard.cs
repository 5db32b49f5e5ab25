using Hangfire;
using Hangfire.Dashboard;
using Nettverk.Api.Features.Accounts;

namespace Nettverk.Api.Jobs;

/// <summary>Hangfire's dashboard at /admin/jobber, for administrators signed in with the app's own cookie. Everyone else
/// gets 404, as for a path that does not exist: the page's existence is not advertised, and the SPA never sees 401/403
/// from a page it cannot sign in to.</summary>
public static class JobsDashboard
{
    public const string Path = "/admin/jobber";

    /// <summary>After authentication (it reads the session cookie) and before the SPA fallback (which would answer its
    /// paths with index.html).</summary>
    public static WebApplication UseJobsDashboard(this WebApplication app)
    {
        var storage = app.Services.GetRequiredService<JobStorage>();
        app.Map(Path, branch =>
        {
            branch.Use(async (http, next) =>
            {
                if (AdministratorsOnly.Allows(http)) await next(http);
                else http.Response.StatusCode = StatusCodes.Status404NotFound;
            });
            branch.UseHangfireDashboard("", new DashboardOptions
            {
                DashboardTitle = "Nettverk – bakgrunnsjobber",
                AppPath = "/", // "Back to site"
                // Hangfire's own check as well, in case the branch above is ever moved; its refusal would be 401/403.
                Authorization = [new AdministratorsOnly()],
                // Buttons (retry, delete, trigger) POST with the token of the app's IAntiforgery, in its X-XSRF-TOKEN header.
                IgnoreAntiforgeryToken = false,
                DisplayStorageConnectionString = false,
            }, storage);
        });
        return app;
    }

    sealed class AdministratorsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => Allows(context.GetHttpContext());

        public static bool Allows(HttpContext http) =>
            http.User.Identity?.IsAuthenticated == true && http.User.IsInRole(GlobalRoles.Administrator);
    }
}
