using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Nettverk.Api.Documents;
using Nettverk.Api.Persistence;

namespace Nettverk.Api.Common;

/// <summary>The one place that turns failures into RFC 9457 problem details.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    /// <summary>The code of a save that lost a race on a concurrency token (minutes, action items).</summary>
    public const string ConcurrencyConflict = "concurrency_conflict";
    /// <summary>The code of a row a unique index refused, most often one a racing request committed first.</summary>
    public const string UniqueConflict = "conflict";

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var problem = exception switch
        {
            DomainRuleException e => Problem(e.Status, "The request breaks a rule.", e.Message, e.Code),
            FieldValidationException e => FieldErrors.Problem([new(e.Field, e.Code, e.Message, e.Params)]),
            BadHttpRequestException { InnerException: JsonException json } =>
                FieldErrors.Problem([new(FieldFromJsonPath(json.Path), ErrorCodes.InvalidValue, "The value is not valid here.")]),
            BadHttpRequestException e when BoundParameter(e.Message) is { } name =>
                FieldErrors.Problem([new(name, e.Message.StartsWith("Required", StringComparison.Ordinal) ? ErrorCodes.Required : ErrorCodes.InvalidValue,
                    "The value is not valid here.")]),
            BadHttpRequestException e => Problem(e.StatusCode, e.StatusCode == 415 ? "The content type is not supported here." : "The request is not valid.",
                e.Message, ApiRegistration.CodeFor(e.StatusCode)),
            DbUpdateConcurrencyException => Problem(409, "Someone else changed this first.",
                "Reload and try again.", ConcurrencyConflict),
            // A unique index refused the row: most often one that a request racing this one committed first.
            DbUpdateException e when DbErrors.IsUniqueViolation(e) => Problem(409, "This conflicts with something saved already.",
                "Reload and try again.", UniqueConflict),
            // The server lacks a package, the request is fine: 503, with the fix in the log, not the folders in the answer.
            DocumentFontsMissingException => Problem(503, "PDF documents cannot be made right now.",
                "The server is missing the fonts for PDF documents. Try the Word version, or ask an administrator.", DocumentFontsMissingException.Code),
            _ => null,
        };
        if (exception is DocumentFontsMissingException) logger.LogError("{Message}", exception.Message);
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", http.Request.Method, http.Request.Path);
            return false;
        }
        http.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new() { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    static ProblemDetails Problem(int status, string title, string detail, string code) =>
        new() { Status = status, Title = title, Detail = detail, Extensions = { ["code"] = code } };

    /// <summary>The parameter a route or query value failed to bind to, from ASP.NET Core's message
    /// ('Failed to bind parameter "Nullable&lt;Status&gt; status" from "x".'), so the problem names it as a field.</summary>
    internal static string? BoundParameter(string message)
    {
        var match = System.Text.RegularExpressions.Regex.Match(message, "^(?:Failed to bind parameter|Required parameter) \"[^\"]* ([A-Za-z_][A-Za-z0-9_]*)\"");
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>"$.organisation.kind" → "organisation.kind", so the client can put the message on the field.</summary>
    internal static string FieldFromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "body";
        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }
}
