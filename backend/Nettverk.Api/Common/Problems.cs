using Microsoft.AspNetCore.Http.HttpResults;

namespace Nettverk.Api.Common;

/// <summary>Typed problem answers used by handlers, so OpenAPI and clients see one shape.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string what = "The resource") =>
        TypedResults.Problem(statusCode: 404, title: $"{what} was not found.", extensions: Code("not_found"));

    public static ProblemHttpResult Forbidden(string detail = "You may not do this here.") =>
        TypedResults.Problem(statusCode: 403, title: "Not allowed.", detail: detail, extensions: Code("forbidden"));

    public static ProblemHttpResult Conflict(string code, string detail) =>
        TypedResults.Problem(statusCode: 409, title: "Conflict.", detail: detail, extensions: Code(code));

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
