using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Nettverk.Api.Tests.Infrastructure;

/// <summary>One answer the API gave: the operation by its route as the OpenAPI document writes it ("/api/bodies/{id}"),
/// or, when routing answered itself (415 for a body it does not read), by the request's path; the status; the problem's
/// code, when it was a problem.</summary>
public sealed record GivenAnswer(string Method, string? Route, string Path, int Status, string? Code);

/// <summary>Records every /api answer of a test host and holds it against the committed OpenAPI document
/// (<see cref="DeclaredAnswers"/>); <see cref="ContractHandler"/> fails the test that received an undeclared one. First
/// in the pipeline (a startup filter), and noted as the answer starts, so it sees what the client sees, whichever part
/// of the pipeline answered, before the client does.</summary>
public sealed partial class AnswerRecorder
{
    const string CodeKey = "answer-recorder.code";
    readonly ConcurrentQueue<GivenAnswer> answers = new();
    readonly ConcurrentQueue<string> undeclared = new();

    public IReadOnlyCollection<GivenAnswer> Answers => answers;

    /// <summary>The undeclared answers noted since the last call.</summary>
    public IReadOnlyList<string> TakeUndeclared()
    {
        var taken = new List<string>();
        while (undeclared.TryDequeue(out var one)) taken.Add(one);
        return taken;
    }

    public void AddTo(IServiceCollection services)
    {
        services.AddSingleton<IStartupFilter>(new First(this));
        // Every problem is written through the problem details service, wherever it comes from: note its code on the way.
        services.PostConfigure<ProblemDetailsOptions>(o =>
        {
            var app = o.CustomizeProblemDetails;
            o.CustomizeProblemDetails = c =>
            {
                app?.Invoke(c);
                if (c.ProblemDetails.Extensions.TryGetValue("code", out var code)) c.HttpContext.Items[CodeKey] = code?.ToString();
            };
        });
    }

    sealed class First(AnswerRecorder recorder) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, inner) =>
            {
                http.Response.OnStarting(() =>
                {
                    recorder.Record(http);
                    return Task.CompletedTask;
                });
                return inner(http);
            });
            next(app);
        };
    }

    void Record(HttpContext http)
    {
        // The exception handler takes the endpoint off the request before it writes the problem; its feature keeps it.
        var endpoint = http.GetEndpoint() ?? http.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        // No endpoint: no operation was reached (an unknown /api path, a route value its constraint refused).
        if (!http.Request.Path.StartsWithSegments("/api") || endpoint is null) return;
        var answer = new GivenAnswer(http.Request.Method, endpoint is RouteEndpoint route ? Normalise(route.RoutePattern.RawText) : null,
            http.Request.Path.Value!, http.Response.StatusCode, http.Items[CodeKey] as string);
        answers.Enqueue(answer);
        foreach (var problem in DeclaredAnswers.Committed.Undeclared([answer])) undeclared.Enqueue(problem);
    }

    /// <summary>"/api/bodies/{id:guid}/" → "/api/bodies/{id}": constraints off, as the document writes paths.</summary>
    static string? Normalise(string? pattern)
    {
        if (pattern is null) return null;
        var path = Constraint().Replace(pattern, "{$1}").TrimEnd('/');
        return path.StartsWith('/') ? path : "/" + path;
    }

    [GeneratedRegex(@"\{([^}:=?]+)[^}]*\}")]
    private static partial Regex Constraint();
}

/// <summary>Fails the request (and so the test) that received an answer the committed OpenAPI document does not declare.</summary>
public sealed class ContractHandler(AnswerRecorder recorder) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var response = await base.SendAsync(request, ct);
        var undeclared = recorder.TakeUndeclared();
        if (undeclared.Count > 0)
            throw new InvalidOperationException("The API gave an answer backend/openapi/v1.json does not declare, so the generated "
                + "client cannot type it (declare it: a typed result, .ProducesRuleConflict, ProblemResponses):\n  "
                + string.Join("\n  ", undeclared));
        return response;
    }
}
