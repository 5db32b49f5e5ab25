namespace Nettverk.Api.Common;

/// <summary>Endpoint metadata: the stable <c>code</c>s an operation can answer with <see cref="Status"/>. Read by
/// <see cref="ProblemResponses"/>, which declares the status and lists the codes (description and enum), so the
/// generated client can narrow an error by its code.</summary>
public sealed record ProblemCodes(int Status, IReadOnlyList<string> Codes);

public static class ProblemCodesExtensions
{
    /// <summary>The 409s an operation gives: the rules its domain methods throw (<see cref="DomainRuleException"/>) and
    /// the <c>Problems.Conflict</c> its handler returns, by code. Answers thrown from deep inside carry no type a
    /// handler could declare, so the route names them.</summary>
    public static TBuilder ProducesRuleConflict<TBuilder>(this TBuilder builder, params string[] codes)
        where TBuilder : IEndpointConventionBuilder => builder.ProducesProblemCodes(StatusCodes.Status409Conflict, codes);

    public static TBuilder ProducesProblemCodes<TBuilder>(this TBuilder builder, int status, params string[] codes)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new ProblemCodes(status, codes));
}
