using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Nettverk.Api.Common;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Accounts;

public static class AccountsRegistration
{
    public const string InvitationTokenProvider = "Invitation";
    public const string XsrfCookie = "XSRF-TOKEN";

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Secure cookies everywhere but the plain-http developer run on localhost. Behind a TLS-terminating proxy,
        // set ASPNETCORE_FORWARDEDHEADERS_ENABLED=true so requests are seen as https.
        var secure = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddAuthorization();
        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<NettverkDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider);
        // Reset links are short-lived; invitations wait two weeks for people who read mail rarely.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        services.Configure<InvitationTokenProviderOptions>(o =>
        {
            o.Name = InvitationTokenProvider;
            o.TokenLifespan = TimeSpan.FromDays(14);
        });

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "Nettverk.Session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = secure;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;
            // An API answers 401/403; the SPA decides where to go.
            o.Events.OnRedirectToLogin = c => { c.Response.StatusCode = 401; return Task.CompletedTask; };
            o.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = 403; return Task.CompletedTask; };
            o.Events.OnValidatePrincipal = ValidateSecurityStampWhenDueAsync;
        });
        // Sessions live in the database (see UserSession): sign-out, reset and an administrator end them at once. The
        // security stamp is checked every minute too, so a change made elsewhere (roles, a stamp update) reaches open sessions.
        services.AddSingleton<DbTicketStore>();
        services.AddSingleton<IPostConfigureOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>, SessionStoreSetup>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAntiforgery(o =>
        {
            o.HeaderName = "X-XSRF-TOKEN";
            o.Cookie.Name = "Nettverk.Antiforgery";
            o.Cookie.SecurePolicy = secure;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddDataProtection().SetApplicationName("Nettverk");
        if (!Startup.IsDocumentGeneration)
        {
            // Keys in the database: every instance shares them, and a restart signs no one out.
            services.AddSingleton<IXmlRepository, DbXmlRepository>();
            services.AddOptions<KeyManagementOptions>()
                .Configure<IServiceProvider>((o, sp) => o.XmlRepository = sp.GetRequiredService<IXmlRepository>());
        }
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<BodyPermissions>();
        return builder;
    }

    /// <summary>Identity's stamp check, asked only when its interval has passed. Identity's own handler builds the
    /// validator, and with it the sign-in manager, the user store and a DbContext, on every request before it looks at
    /// the interval: most of what a signed-in read cost.</summary>
    static Task ValidateSecurityStampWhenDueAsync(Microsoft.AspNetCore.Authentication.Cookies.CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var interval = services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval;
        if (context.Properties.IssuedUtc is { } issued && services.GetRequiredService<TimeProvider>().GetUtcNow() - issued <= interval)
            return Task.CompletedTask;
        return SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>Issues the JS-readable token cookie the SPA echoes in X-XSRF-TOKEN.</summary>
    public static void IssueXsrfToken(HttpContext http)
    {
        var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
        var tokens = antiforgery.GetAndStoreTokens(http);
        http.Response.Cookies.Append(XsrfCookie, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false, Secure = http.Request.IsHttps, SameSite = SameSiteMode.Strict, Path = "/",
        });
    }

    /// <summary>Every unsafe /api request must carry the antiforgery header: the session cookie alone is not enough.</summary>
    public static IApplicationBuilder UseApiAntiforgery(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var method = http.Request.Method;
        var unsafeMethod = !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
        if (unsafeMethod && http.Request.Path.StartsWithSegments("/api"))
        {
            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                http.Response.StatusCode = 400;
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = 400, Title = "The antiforgery token is missing or not valid.",
                        Detail = "Send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header.",
                        Extensions = { ["code"] = "antiforgery" },
                    },
                });
                return;
            }
        }
        await next();
    });
}

public sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions;

public sealed class InvitationTokenProvider(
    Microsoft.AspNetCore.DataProtection.IDataProtectionProvider dataProtectionProvider,
    IOptions<InvitationTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<AppUser>> logger)
    : DataProtectorTokenProvider<AppUser>(dataProtectionProvider, options, logger);
