using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Accounts;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Mail;

public sealed record MailSummary(Guid Id, string MessageId, string To, string Subject, OutboxStatus Status, int Attempts,
    DateTime CreatedAt, DateTime? SentAt, string? LastError);
public sealed record MailDetails(Guid Id, string MessageId, string To, string Subject, OutboxStatus Status, int Attempts,
    DateTime CreatedAt, DateTime? SentAt, string? LastError, string TextBody, string? HtmlBody);

/// <summary>What the app has sent or will send: for administrators, so the embedded run's mail can be read in the app.</summary>
public static class MailEndpoints
{
    public static IEndpointRouteBuilder MapMailEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mail").WithTags("Mail").RequireAuthorization(p => p.RequireRole(GlobalRoles.Administrator));
        group.MapGet("/", ListMail).WithName("listMail");
        group.MapGet("/{id:guid}", GetMail).WithName("getMail");
        return app;
    }

    static async Task<Ok<Page<MailSummary>>> ListMail(NettverkDbContext db, OutboxStatus? status, [AsParameters] PageQuery paging,
        CancellationToken ct)
    {
        var query = db.OutboxMessages.AsNoTracking();
        if (status is not null) query = query.Where(m => m.Status == status);
        return TypedResults.Ok(await query.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Select(m => new MailSummary(m.Id, m.MessageId, m.To, m.Subject, m.Status, m.Attempts, m.CreatedAt, m.SentAt, m.LastError))
            .ToPageAsync(paging, ct));
    }

    static async Task<Results<Ok<MailDetails>, NotFoundProblem>> GetMail(Guid id, NettverkDbContext db, CancellationToken ct)
    {
        var m = await db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        return m is null ? Problems.NotFound("The message") : TypedResults.Ok(new MailDetails(m.Id, m.MessageId, m.To, m.Subject,
            m.Status, m.Attempts, m.CreatedAt, m.SentAt, m.LastError, m.TextBody, m.HtmlBody));
    }
}
