namespace Nettverk.Api.Common;

/// <summary>A domain rule refused an operation. Turned into problem details with a stable <see cref="Code"/>.</summary>
public sealed class DomainRuleException(string code, string message, int status = StatusCodes.Status409Conflict)
    : Exception(message)
{
    public string Code { get; } = code;
    public int Status { get; } = status;
}

/// <summary>Input that passed the shape checks but fails a rule about one field (answers 400 naming the field). The
/// <see cref="Code"/> (one of <see cref="ErrorCodes"/>) and its <see cref="Params"/> are what clients word; the English
/// message is for API users and logs.</summary>
public sealed class FieldValidationException(string field, string code, string message, Dictionary<string, object>? parameters = null)
    : Exception(message)
{
    public string Field { get; } = field;
    public string Code { get; } = code;
    public IReadOnlyDictionary<string, object> Params { get; } = parameters ?? [];
}
