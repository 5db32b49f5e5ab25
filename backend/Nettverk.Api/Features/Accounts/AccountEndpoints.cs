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
        group.MapPost("/login", Login).WithName("login");
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

    static async Task<Results<Ok<Me>, ProblemHttpResult>> Login(LoginRequest request, HttpContext http,
        SignInManager<AppUser> signIn, UserManager<AppUser> users, NettverkDbContext db, CurrentUser current,
        BodyPermissions permissions, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is null || user.InvitedAt is not null) return InvalidCredentials();
        var result = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
            return TypedResults.Problem(statusCode: 401, title: "The account is locked for a while after too many attempts.",
                extensions: new Dictionary<string, object?> { ["code"] = "locked_out" });
        if (!result.Succeeded) return InvalidCredentials();

        await signIn.SignInAsync(user, request.RememberMe);
        // The antiforgery token is bound to the user: issue one for the signed-in principal now.
        http.User = await signIn.CreateUserPrincipalAsync(user);
        AccountsRegistration.IssueXsrfToken(http);
        return TypedResults.Ok(await BuildMeAsync(user, users, db, permissions, current, ct));
    }

    static ProblemHttpResult InvalidCredentials() =>
        TypedResults.Problem(statusCode: 401, title: "Wrong e-mail or password.",
            extensions: new Dictionary<string, object?> { ["code"] = "invalid_credentials" });

    static async Task<NoContent> Logout(HttpContext http, SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        http.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
        AccountsRegistration.IssueXsrfToken(http);
        return TypedResults.NoContent();
    }

    /// <summary>Answers the same whether or not the address has an account, so it cannot be used to probe for accounts.</summary>
    static async Task<Accepted> ForgotPassword(ForgotPasswordRequest request, UserManager<AppUser> users, Outbox outbox,
        NettverkDbContext db, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is not null && user.InvitedAt is null)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = outbox.Link($"/reset-password?email={Uri.EscapeDataString(user.Email!)}&token={Uri.EscapeDataString(token)}");
            outbox.Enqueue(user.Email!, null, PasswordResetEmail.Render(link));
            await db.SaveChangesAsync(ct);
        }
        return TypedResults.Accepted((string?)null);
    }

    static async Task<Results<NoContent, ValidationProblem>> ResetPassword(ResetPasswordRequest request, UserManager<AppUser> users)
    {
        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is null) return Problems.Field("token", "The link is not valid or has expired.");
        var result = await users.ResetPasswordAsync(user, request.Token, request.NewPassword);
        if (!result.Succeeded) return IdentityProblem(result, "newPassword");
        // A successful reset also lifts a lockout: the person has proved they own the address.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return TypedResults.NoContent();
    }

    static async Task<Results<NoContent, ValidationProblem>> AcceptInvitation(AcceptInvitationRequest request,
        UserManager<AppUser> users, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString());
        if (user is null || user.InvitedAt is null ||
            !await users.VerifyUserTokenAsync(user, AccountsRegistration.InvitationTokenProvider, "invitation", request.Token))
            return Problems.Field("token", "The invitation is not valid or has expired.");
        var result = await users.AddPasswordAsync(user, request.Password);
        if (!result.Succeeded) return IdentityProblem(result, "password");
        user.InvitedAt = null;
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        return TypedResults.NoContent();
    }

    internal static ValidationProblem IdentityProblem(IdentityResult result, string field) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]>
        {
            [result.Errors.Any(e => e.Code.Contains("Token", StringComparison.Ordinal)) ? "token" : field] =
                result.Errors.Select(e => e.Description).ToArray(),
        }, title: "One or more fields are not valid.", extensions: new Dictionary<string, object?> { ["code"] = "validation" });

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
