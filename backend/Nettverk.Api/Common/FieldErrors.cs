namespace Nettverk.Api.Common;

/// <summary>One field error as clients read it: a stable code (see <see cref="ErrorCodes"/>) and the values its text
/// needs ({ "code": "too_long", "params": { "max": 200 } }).</summary>
public sealed record FieldError(string Code, IReadOnlyDictionary<string, object> Params);

/// <summary>A field error with its English words, before it is split into a problem's <c>errors</c> and <c>fieldErrors</c>.</summary>
public sealed record FieldFailure(string Field, string Code, string Message, IReadOnlyDictionary<string, object>? Params = null);

/// <summary>Builds 400 validation problems that carry, beside <c>errors</c> (field → English messages), the parallel
/// <c>fieldErrors</c> extension (field → [{ code, params }]) that the SPA words in Norwegian.</summary>
public static class FieldErrors
{
    public const string Extension = "fieldErrors";
    public const string Title = "One or more fields are not valid.";

    public static HttpValidationProblemDetails Problem(IEnumerable<FieldFailure> failures)
    {
        var list = failures.ToList();
        return new(Messages(list)) { Status = 400, Title = Title, Extensions = { ["code"] = "validation", [Extension] = Codes(list) } };
    }

    public static Dictionary<string, string[]> Messages(IEnumerable<FieldFailure> failures) =>
        failures.GroupBy(f => f.Field).ToDictionary(g => g.Key, g => g.Select(f => f.Message).ToArray());

    public static Dictionary<string, FieldError[]> Codes(IEnumerable<FieldFailure> failures) =>
        failures.GroupBy(f => f.Field).ToDictionary(g => g.Key,
            g => g.Select(f => new FieldError(f.Code, f.Params ?? new Dictionary<string, object>())).ToArray());
}
