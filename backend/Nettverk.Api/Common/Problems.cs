using Microsoft.AspNetCore.Http.HttpResults;

namespace Nettverk.Api.Common;

/// <summary>Typed problem answers used by handlers: each type declares its status (<see cref="ProblemResult"/>), so the
/// OpenAPI document and the generated client know every answer.</summary>
public static class Problems
{
    public static NotFoundProblem NotFound(string what = "The resource") =>
        new(TypedResults.Problem(statusCode: 404, title: $"{what} was not found.", extensions: Code("not_found")));

    public static ForbiddenProblem Forbidden(string detail = "You may not do this here.") =>
        new(TypedResults.Problem(statusCode: 403, title: "Not allowed.", detail: detail, extensions: Code("forbidden")));

    /// <summary>A rule refused the change. Name the <paramref name="code"/> on the route too (<c>.ProducesRuleConflict</c>),
    /// so the document lists it.</summary>
    public static ConflictProblem Conflict(string code, string detail) =>
        new(TypedResults.Problem(statusCode: 409, title: "Conflict.", detail: detail, extensions: Code(code)));

    /// <summary>One field refused: <paramref name="code"/> is one of <see cref="ErrorCodes"/>, the message its English words.</summary>
    public static ValidationProblem Field(string field, string code, string message, Dictionary<string, object>? parameters = null) =>
        Fields([new FieldFailure(field, code, message, parameters)]);

    public static ValidationProblem Fields(IReadOnlyCollection<FieldFailure> failures) =>
        TypedResults.ValidationProblem(FieldErrors.Messages(failures), title: FieldErrors.Title, extensions: new Dictionary<string, object?>
        {
            ["code"] = "validation",
            [FieldErrors.Extension] = FieldErrors.Codes(failures),
        });

    static Dictionary<string, object?> Code(string code) => new() { ["code"] = code };
}
