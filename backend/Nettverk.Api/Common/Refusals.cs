using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Nettverk.Api.Common;

/// <summary>A problem a load-with-permissions helper refuses with, one of several statuses. A handler that returns a
/// helper's refusal lists its type in the <c>Results&lt;…&gt;</c>, so the OpenAPI document declares each status.</summary>
public abstract class Refusal(ProblemResult problem) : IResult, IStatusCodeHttpResult
{
    public ProblemResult Problem => problem;
    int? IStatusCodeHttpResult.StatusCode => problem.StatusCode;
    public Task ExecuteAsync(HttpContext httpContext) => problem.ExecuteAsync(httpContext);
}

/// <summary>404 (not there, or not the caller's to see) or 403 (seen, but not the caller's to change). A null problem
/// converts to null, so <c>ok ? null : Problems.Forbidden(…)</c> still means "no refusal".</summary>
public sealed class AccessRefusal : Refusal, IEndpointMetadataProvider
{
    AccessRefusal(ProblemResult problem) : base(problem) { }

    [return: NotNullIfNotNull(nameof(problem))]
    public static implicit operator AccessRefusal?(NotFoundProblem? problem) => problem is null ? null : new(problem);

    [return: NotNullIfNotNull(nameof(problem))]
    public static implicit operator AccessRefusal?(ForbiddenProblem? problem) => problem is null ? null : new(problem);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        NotFoundProblem.PopulateMetadata(method, builder);
        ForbiddenProblem.PopulateMetadata(method, builder);
    }
}
