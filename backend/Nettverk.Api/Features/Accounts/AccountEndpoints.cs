using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Accounts;

/// <summary>Sign-in with a same-origin session cookie, sign-out, who am I, password reset and accepting an invitation.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account").WithTags("Account");
        group.MapGet("/me", GetMe).WithName("getMe").RequireAuthorization();
        group.MapGet("/antiforgery", GetAntiforgery).WithName("getAntiforgery");
        group.MapPost("/login", Login).WithName("login").ProducesProblemCodes(StatusCodes.Status401Unauthorized, "invalid_credentials");
        group.MapPost("/logout", Logout).WithName("logout");
        group.MapPost("/forgot-password", ForgotPassword).WithName("forgotPassword");
        group.MapPost("/reset-password", ResetPassword).WithName("resetPassword");
        group.MapPost("/accept-invitation", AcceptInvitation).WithName("acceptInvitation");
        return app;
    }

    static async Task<Results<Ok<Me>, UnauthorizedHttpResult>> GetMe(UserManager<AppUser> users, CurrentUser current,
        NettverkDbContext db, BodyPermissions permissions, CancellationToken ct)
    {
        var user = current.UserId is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        if (user is null) return TypedResults.Unauthorized();
        return TypedResults.Ok(await BuildMeAsync(user, users, db, permissions, current, ct));
    }

    static NoContent GetAntiforgery(HttpContext http)
    {
        AccountsRegistration.IssueXsrfToken(http);
        return TypedResults.NoContent();
    }

    static async Task<Results<Ok<Me>, UnauthorizedProblem, TooManyRequestsProblem>> Login(LoginRequest request, HttpContext http,
        SignInManager<AppUser> signIn, UserManager<AppUser> users, NettverkDbContext db, CurrentUser current,
        BodyPermissions permissions, AccountThrottle throttle, CancellationToken ct)
    {
        if (throttle.Refuse("signIn", request.Email) is { } wait) return RateLimits.TooMany(http, wait);
        var user = await users.FindByEmailAsync(request.Email.Trim());
        // An unknown address, a pending invitation, a locked account and a wrong password answer alike and take alike
        // time (a password hash is checked on every path), so sign-in cannot be used to learn which accounts exist.
        if (user is null || user.InvitedAt is not null || await users.IsLockedOutAsync(user))
        {
            DummyPasswordCheck(users, request.Password);
            return InvalidCredentials();
        }
        var result = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (!result.Succeeded) return InvalidCredentials();

        await signIn.SignInAsync(user, request.RememberMe);
        // The antiforgery token is bound to the user: issue one for the signed-in principal now.
        http.User = await signIn.CreateUserPrincipalAsync(user);
        AccountsRegistration.IssueXsrfToken(http);
        return TypedResults.Ok(await BuildMeAsync(user, users, db, permissions, current, ct));
    }

    static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    /// <summary>Spends what checking a real account's password spends, with the hasher the accounts use.</summary>
    static void DummyPasswordCheck(UserManager<AppUser> users, string password) =>
        users.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash.Value, password);

    internal const string InvalidCredentialsTitle = "Wrong e-mail or password, or the account is locked for a while after too many attempts.";

    static UnauthorizedProblem InvalidCredentials() =>
        new(TypedResults.Problem(statusCode: 401, title: InvalidCredentialsTitle,
            extensions: new Dictionary<string, object?> { ["code"] = "invalid_credentials" }));

    static async Task<NoContent> Logout(HttpContext http, SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        http.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
        AccountsRegistration.IssueXsrfToken(http);
        return TypedResults.NoContent();
    }

    /// <summary>Answers the same whether or not the address has an account, so it cannot be used to probe for accounts.</summary>
    /// The per-address limit is counted by the address as typed, so it refuses unknown addresses exactly as known ones.
    static async Task<Results<Accepted, TooManyRequestsProblem>> ForgotPassword(ForgotPasswordRequest request, UserManager<AppUser> users,
        Outbox outbox, AppLinks links, NettverkDbContext db, AccountThrottle throttle, HttpContext http, CancellationToken ct)
    {
        if (throttle.Refuse("passwordReset", request.Email) is { } wait) return RateLimits.TooMany(http, wait);
        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is not null && user.InvitedAt is null)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = links.To($"/reset-password?email={Uri.EscapeDataString(user.Email!)}&token={Uri.EscapeDataString(token)}");
            outbox.Enqueue(user.Email!, null, PasswordResetEmail.Render(link));
            await db.SaveChangesAsync(ct);
        }
        return TypedResults.Accepted((string?)null);
    }

    /// <summary>An unknown address and a wrong or spent token answer the same words.</summary>
    static async Task<Results<NoContent, ValidationProblem>> ResetPassword(ResetPasswordRequest request, UserManager<AppUser> users,
        NettverkDbContext db, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is null || user.InvitedAt is not null) return InvalidResetLink();
        var result = await users.ResetPasswordAsync(user, request.Token, request.NewPassword);
        if (!result.Succeeded)
            return result.Errors.Any(e => e.Code.Contains("Token", StringComparison.Ordinal)) ? InvalidResetLink() : IdentityProblem(result, "newPassword", users.Options.Password);
        // A successful reset also lifts a lockout: the person has proved they own the address. The reset changed the
        // security stamp; ending the sessions makes it immediate for whoever held a session before.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await DbTicketStore.EndAllAsync(db, user.Id, ct);
        return TypedResults.NoContent();
    }

    static ValidationProblem InvalidResetLink() => Problems.Field("token", ErrorCodes.ResetLinkInvalid, "The link is not valid or has expired.");

    static async Task<Results<NoContent, ValidationProblem>> AcceptInvitation(AcceptInvitationRequest request,
        UserManager<AppUser> users, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString());
        if (user is null || user.InvitedAt is null ||
            !await users.VerifyUserTokenAsync(user, AccountsRegistration.InvitationTokenProvider, "invitation", request.Token))
            return Problems.Field("token", ErrorCodes.InvitationLinkInvalid, "The invitation is not valid or has expired.");
        var result = await users.AddPasswordAsync(user, request.Password);
        if (!result.Succeeded) return IdentityProblem(result, "password", users.Options.Password);
        user.InvitedAt = null;
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        return TypedResults.NoContent();
    }

    /// <summary>Identity's password rules as field errors, each with our code (PasswordTooShort → password_too_short {min}).</summary>
    internal static ValidationProblem IdentityProblem(IdentityResult result, string field, PasswordOptions rules)
    {
        var name = result.Errors.Any(e => e.Code.Contains("Token", StringComparison.Ordinal)) ? "token" : field;
        return Problems.Fields(result.Errors.Select(e => IdentityFailure(name, field, e, rules)).ToList());
    }

    static FieldFailure IdentityFailure(string field, string passwordField, IdentityError error, PasswordOptions rules) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) =>
            new(field, ErrorCodes.PasswordTooShort, error.Description, new Dictionary<string, object> { ["min"] = rules.RequiredLength }),
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) =>
            new(field, ErrorCodes.PasswordRequiresUniqueChars, error.Description, new Dictionary<string, object> { ["min"] = rules.RequiredUniqueChars }),
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => new(field, ErrorCodes.PasswordRequiresDigit, error.Description),
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => new(field, ErrorCodes.PasswordRequiresLower, error.Description),
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => new(field, ErrorCodes.PasswordRequiresUpper, error.Description),
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => new(field, ErrorCodes.PasswordRequiresNonAlphanumeric, error.Description),
        // Only an invitation is accepted with a "password"; a reset sends a "newPassword".
        nameof(IdentityErrorDescriber.InvalidToken) => new(field, passwordField == "password" ? ErrorCodes.InvitationLinkInvalid : ErrorCodes.ResetLinkInvalid,
            error.Description),
        _ => new(field, ErrorCodes.PasswordRejected, error.Description),
    };

    static async Task<Me> BuildMeAsync(AppUser user, UserManager<AppUser> users, NettverkDbContext db, BodyPermissions permissions,
        CurrentUser current, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == user.Id, ct);
        var roles = await users.GetRolesAsync(user);
        var byBody = await permissions.RolesByBodyAsync(ct);
        var bodyIds = byBody.Keys.ToList();
        var names = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var bodies = byBody.Where(b => names.ContainsKey(b.Key))
            .Select(b => new MyBody(b.Key, names[b.Key], b.Value.Order().ToList())).OrderBy(b => b.BodyName).ToList();
        var contactFor = person is null ? [] :
            await db.OrganisationContacts.Where(c => c.PersonId == person.Id).Select(c => c.OrganisationId).ToListAsync(ct);
        return new Me(user.Id, user.Email!, person?.Id, person?.Name ?? user.Email!, roles.Order().ToList(), bodies, contactFor);
    }
}
