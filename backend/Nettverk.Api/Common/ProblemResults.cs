using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Nettverk.Api.Common;

/// <summary>A problem-details answer whose type says its status. <see cref="ProblemHttpResult"/> declares nothing to
/// OpenAPI, so a handler returning it showed no 403/404/409 in the document; these declare theirs when they appear in
/// a handler's <c>Results&lt;…&gt;</c>. They write exactly what the wrapped <see cref="ProblemHttpResult"/> writes.</summary>
public abstract class ProblemResult(ProblemHttpResult problem) : IResult, IStatusCodeHttpResult, IValueHttpResult,
    IValueHttpResult<ProblemDetails>, IContentTypeHttpResult
{
    public const string MediaType = "application/problem+json";

    public ProblemDetails ProblemDetails => problem.ProblemDetails;
    public int StatusCode => problem.StatusCode;
    int? IStatusCodeHttpResult.StatusCode => problem.StatusCode;
    object? IValueHttpResult.Value => problem.ProblemDetails;
    ProblemDetails? IValueHttpResult<ProblemDetails>.Value => problem.ProblemDetails;
    string? IContentTypeHttpResult.ContentType => MediaType;

    public virtual Task ExecuteAsync(HttpContext httpContext) => problem.ExecuteAsync(httpContext);

    protected static void Declare(EndpointBuilder builder, int status, Type? body = null) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(status, body ?? typeof(ProblemDetails), [MediaType]));
}

/// <summary>404: not there, or another body's and so not shown (DESIGN.md: never 403 for that).</summary>
public sealed class NotFoundProblem(ProblemHttpResult problem) : ProblemResult(problem), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status404NotFound);
}

/// <summary>403: the caller sees the thing but may not do this to it.</summary>
public sealed class ForbiddenProblem(ProblemHttpResult problem) : ProblemResult(problem), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status403Forbidden);
}

/// <summary>409: the current state refuses the change; the problem's <c>code</c> says which rule.</summary>
public sealed class ConflictProblem(ProblemHttpResult problem) : ProblemResult(problem), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status409Conflict);
}

/// <summary>401 from a handler (sign-in refused), beside the 401 that authorisation gives without a session.</summary>
public sealed class UnauthorizedProblem(ProblemHttpResult problem) : ProblemResult(problem), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status401Unauthorized);
}

/// <summary>429 from a handler (a per-account limit); the Retry-After header is set where it is made.</summary>
public sealed class TooManyRequestsProblem(ProblemHttpResult problem) : ProblemResult(problem), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status429TooManyRequests);
}
