namespace Nettverk.Api.Common;

/// <summary>A domain rule refused an operation. Turned into problem details with a stable <see cref="Code"/>.</summary>
public sealed class DomainRuleException(string code, string message, int status = StatusCodes.Status409Conflict)
    : Exception(message)
{
    public string Code { get; } = code;
    public int Status { get; } = status;
}

/// <summary>Input that passed the shape checks but fails a rule about one field (answers 400 naming the field).</summary>
public sealed class FieldValidationException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
