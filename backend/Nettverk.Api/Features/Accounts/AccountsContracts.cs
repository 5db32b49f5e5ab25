using System.ComponentModel.DataAnnotations;
using Nettverk.Api.Common;

namespace Nettverk.Api.Features.Accounts;

public sealed record LoginRequest([property: Required, EmailAddress] string Email, [property: Required] string Password, bool RememberMe = false);
public sealed record ForgotPasswordRequest([property: Required, EmailAddress] string Email);
public sealed record ResetPasswordRequest([property: Required, EmailAddress] string Email, [property: Required] string Token,
    [property: Required, StringLength(200, MinimumLength = 10)] string NewPassword);
public sealed record AcceptInvitationRequest(Guid UserId, [property: Required] string Token,
    [property: Required, StringLength(200, MinimumLength = 10)] string Password);

public sealed record MyBody(Guid BodyId, string BodyName, IReadOnlyList<BodyRole> Roles);
public sealed record Me(Guid UserId, string Email, Guid? PersonId, string DisplayName, IReadOnlyList<string> Roles,
    IReadOnlyList<MyBody> Bodies, IReadOnlyList<Guid> ContactForOrganisationIds);

public sealed record AccountSummary(Guid UserId, string Email, Guid? PersonId, string? PersonName, IReadOnlyList<string> Roles,
    bool LockedOut, bool InvitationPending);
public sealed record InviteRequest(Guid PersonId, IReadOnlyList<string>? Roles = null);
public sealed record SetRolesRequest([property: Required] IReadOnlyList<string> Roles);
