using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Audit;
using Nettverk.Api.Mail;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Features.Accounts;

/// <summary>Administrators invite people to accounts and set global roles.</summary>
public static class AccountsAdminEndpoints
{
    public static IEndpointRouteBuilder MapAccountsAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/accounts").WithTags("Accounts")
            .RequireAuthorization(p => p.RequireRole(GlobalRoles.Administrator));
        group.MapGet("/", ListAccounts).WithName("listAccounts");
        group.MapPost("/invitations", InviteAccount).WithName("inviteAccount")
            .ProducesRuleConflict("account_exists", "duplicate_email", "account_rejected");
        group.MapPut("/{userId:guid}/roles", SetAccountRoles).WithName("setAccountRoles").ProducesRuleConflict("own_admin_role", "account_rejected");
        group.MapPost("/{userId:guid}/end-sessions", EndAccountSessions).WithName("endAccountSessions").ProducesRuleConflict("account_rejected");
        return app;
    }

    static async Task<Ok<Page<AccountSummary>>> ListAccounts([AsParameters] PageQuery paging, NettverkDbContext db, TimeProvider clock,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // The page's accounts by e-mail address (its indexed normalised form; Id breaks ties), then the roles and people of
        // just those.
        var page = await db.Users.AsNoTracking().OrderBy(u => u.NormalizedEmail).ThenBy(u => u.Id).ToPageAsync(paging, ct);
        var ids = page.Items.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct);
        var people = await db.People.AsNoTracking().Where(p => p.UserId != null && ids.Contains(p.UserId.Value))
            .ToDictionaryAsync(p => p.UserId!.Value, p => new { p.Id, p.Name }, ct);
        return TypedResults.Ok(page.Select(u => new AccountSummary(u.Id, u.Email!, people.GetValueOrDefault(u.Id)?.Id,
            people.GetValueOrDefault(u.Id)?.Name, roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(),
            u.LockoutEnd > now, u.InvitedAt is not null)));
    }

    static async Task<Results<Created<AccountSummary>, ConflictProblem, ValidationProblem>> InviteAccount(InviteRequest request,
        NettverkDbContext db, UserManager<AppUser> users, Outbox outbox, AppLinks links, TimeProvider clock, CurrentUser current, CancellationToken ct)
    {
        var roles = request.Roles ?? [];
        if (roles.Except(GlobalRoles.All).Any()) return Problems.Field("roles", ErrorCodes.NotARole, "Roles are Administrator and Secretariat.",
            new() { ["choices"] = string.Join(", ", GlobalRoles.All) });
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == request.PersonId && p.ArchivedAt == null, ct);
        if (person is null) return Problems.Field("personId", ErrorCodes.PersonNotFound, "The person does not exist.");
        if (person.UserId is not null) return Problems.Conflict("account_exists", "The person has an account already.");
        if (await users.FindByEmailAsync(person.Email) is not null)
            return Problems.Conflict("duplicate_email", "An account with this e-mail address exists already.");

        // One transaction: the account, the link to the person and the invitation e-mail are committed together.
        var strategy = db.Database.CreateExecutionStrategy();
        var user = await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var user = new AppUser { UserName = person.Email, Email = person.Email, CreatedAt = clock.GetUtcNow().UtcDateTime,
                InvitedAt = clock.GetUtcNow().UtcDateTime };
            Check(await users.CreateAsync(user));
            foreach (var role in roles) Check(await users.AddToRoleAsync(user, role));
            person.LinkAccount(user.Id);
            var token = await users.GenerateUserTokenAsync(user, AccountsRegistration.InvitationTokenProvider, "invitation");
            var link = links.To($"/accept-invitation?userId={user.Id}&token={Uri.EscapeDataString(token)}");
            outbox.Enqueue(person.Email, person.Name, AccountInvitationEmail.Render(person.Name, link));
            Record(db, current, clock, user.Id, "invitedAs", null, string.Join(",", roles.Order()));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return user;
        });
        return TypedResults.Created($"/api/accounts/{user.Id}",
            new AccountSummary(user.Id, user.Email!, person.Id, person.Name, roles.Order().ToList(), false, true));
    }

    static async Task<Results<NoContent, NotFoundProblem, ConflictProblem, ValidationProblem>> SetAccountRoles(Guid userId, SetRolesRequest request,
        NettverkDbContext db, UserManager<AppUser> users, CurrentUser current, TimeProvider clock)
    {
        if (request.Roles.Except(GlobalRoles.All).Any()) return Problems.Field("roles", ErrorCodes.NotARole, "Roles are Administrator and Secretariat.",
            new() { ["choices"] = string.Join(", ", GlobalRoles.All) });
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return Problems.NotFound("The account");
        if (userId == current.UserId && !request.Roles.Contains(GlobalRoles.Administrator))
            return Problems.Conflict("own_admin_role", "You cannot remove your own administrator role.");
        var before = await users.GetRolesAsync(user);
        Check(await users.RemoveFromRolesAsync(user, before.Except(request.Roles)));
        Check(await users.AddToRolesAsync(user, request.Roles.Distinct().Except(before)));
        Record(db, current, clock, userId, "roles", string.Join(",", before.Order()), string.Join(",", request.Roles.Distinct().Order()));
        await db.SaveChangesAsync();
        return TypedResults.NoContent();
    }

    /// <summary>Signs the person out everywhere (a lost phone, a shared computer): their sessions are deleted and the
    /// security stamp changed, so no cookie issued before this works again.</summary>
    static async Task<Results<NoContent, NotFoundProblem>> EndAccountSessions(Guid userId, NettverkDbContext db,
        UserManager<AppUser> users, CurrentUser current, TimeProvider clock, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return Problems.NotFound("The account");
        Check(await users.UpdateSecurityStampAsync(user));
        var ended = await DbTicketStore.EndAllAsync(db, userId, ct);
        Record(db, current, clock, userId, "sessionsEnded", null, ended.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new DomainRuleException("account_rejected", string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>Accounts are not audited by the interceptor (sign-ins touch them constantly); role changes are recorded here.</summary>
    static void Record(NettverkDbContext db, CurrentUser current, TimeProvider clock, Guid userId, string property, string? before, string? after) =>
        db.AuditEvents.Add(new AuditEvent
        {
            At = clock.GetUtcNow().UtcDateTime, ActorUserId = current.UserId, Actor = current.Email ?? "system",
            Action = AuditAction.Updated, EntityType = "Account", EntityId = userId,
            Changes = JsonSerializer.Serialize(new[] { new AuditChange(property, before, after) }, JsonSerializerOptions.Web),
        });
}
