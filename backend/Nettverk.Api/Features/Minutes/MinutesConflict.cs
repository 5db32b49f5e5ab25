using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Nettverk.Api.Common;

namespace Nettverk.Api.Features.Minutes;

/// <summary>The 409 of a change made to a stale version: beside the problem, the minutes as they are now, so the editor
/// can merge. Declared with <see cref="MinutesConflictProblemDetails"/>, so the generated client types <c>current</c>.</summary>
public sealed class MinutesConflict(ProblemHttpResult problem) : ProblemResult(problem), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Declare(builder, StatusCodes.Status409Conflict, typeof(MinutesConflictProblemDetails));
}

/// <summary>The shape of a 409 from a minutes change, for the OpenAPI document: <see cref="MinutesConflict"/> writes these
/// two as problem extensions; a rule's 409 on the same operation carries neither.</summary>
public sealed class MinutesConflictProblemDetails : ProblemDetails
{
    public int? CurrentVersion { get; init; }
    public MinutesDto? Current { get; init; }
}
