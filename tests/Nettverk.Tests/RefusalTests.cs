using Microsoft.AspNetCore.Http;
using Nettverk.Api.Common;

namespace Nettverk.Tests;

/// <summary>The refusals helpers return: "no problem" stays no refusal, and a refusal answers with its problem's status.</summary>
public sealed class RefusalTests
{
    [Fact]
    public void NoProblem_IsNoRefusal_EvenThroughAConditional()
    {
        var canManage = true;
        AccessRefusal? refusal = canManage ? null : Problems.Forbidden();
        refusal.Should().BeNull("a null problem must not become a refusal that writes nothing");
    }

    [Fact]
    public void ARefusal_AnswersWithItsProblemsStatus()
    {
        AccessRefusal notFound = Problems.NotFound("The body");
        AccessRefusal forbidden = Problems.Forbidden();
        ((IStatusCodeHttpResult)notFound).StatusCode.Should().Be(404);
        ((IStatusCodeHttpResult)forbidden).StatusCode.Should().Be(403);
        notFound.Problem.ProblemDetails.Extensions["code"].Should().Be("not_found");
    }
}
