using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.OpenApi;

namespace Nettverk.Api.Common;

public static class ApiRegistration
{
    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Instance ??= c.HttpContext.Request.Path;
            c.ProblemDetails.Extensions.TryAdd("traceId", c.HttpContext.TraceIdentifier);
            if (c.ProblemDetails is HttpValidationProblemDetails validation) NameFieldsLikeJson(validation);
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddValidation();
        services.Configure<JsonOptions>(o =>
        {
            // Strict: the OpenAPI document then types integers as integers, and "5" is refused where 5 is meant.
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        // Malformed JSON reaches the exception handler, which names the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info = new OpenApiInfo
            {
                Title = "Nettverk API",
                Version = "v1",
                Description = "Bodies, members, meetings and minutes of a county's stakeholder networks. Cookie session; "
                    + "unsafe methods need the X-XSRF-TOKEN header.",
                License = new OpenApiLicense { Name = "AGPL-3.0-or-later" },
            };
            doc.Servers = [];
            return Task.CompletedTask;
        }));
        return builder;
    }

    /// <summary>The built-in validation names fields as C# does ("Representative.Email"); clients see JSON names
    /// ("representative.email"), so errors are keyed the way the request was written.</summary>
    static void NameFieldsLikeJson(HttpValidationProblemDetails problem)
    {
        problem.Title = "One or more fields are not valid.";
        problem.Extensions.TryAdd("code", "validation");
        var renamed = problem.Errors.ToDictionary(e => CamelPath(e.Key), e => e.Value);
        problem.Errors.Clear();
        foreach (var (key, value) in renamed) problem.Errors[key] = value;
    }

    static string CamelPath(string path) => string.Join('.', path.Split('.').Select(segment =>
        segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));
}
