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
            // The built-in validation writes English messages only; give each its code, as our own field errors have.
            if (c.ProblemDetails is HttpValidationProblemDetails unCoded && !unCoded.Extensions.ContainsKey(FieldErrors.Extension))
                unCoded.Extensions[FieldErrors.Extension] = ValidationCodes.Infer(c.HttpContext, unCoded.Errors);
            // Answers the framework writes by itself (status code pages, 405, 415) get a code too, so clients branch on one thing.
            c.ProblemDetails.Extensions.TryAdd("code", CodeFor(c.ProblemDetails.Status ?? c.HttpContext.Response.StatusCode));
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddValidation();
        services.Configure<JsonOptions>(o =>
        {
            // Strict: the OpenAPI document then types integers as integers, and "5" is refused where 5 is meant.
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            // Names only: 99 or "99" would otherwise be stored as a kind, format or role that does not exist.
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        });
        // Malformed JSON reaches the exception handler, which names the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // Do not announce the server software; browsers are told to keep to https for a year.
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        builder.AddRateLimits();
        services.Configure<ReadCacheOptions>(builder.Configuration.GetSection("ReadCache"));
        services.AddSingleton<VersionedCache>();
        services.AddOpenApi(o => o.AddDocumentTransformer<ProblemSchemas>().AddDocumentTransformer<OpenApiContract>()
            .AddOperationTransformer<OpenApiContract>().AddOperationTransformer<ProblemResponses>().AddDocumentTransformer((doc, _, _) =>
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

    internal static string CodeFor(int status) => status switch
    {
        400 => "bad_request",
        401 => "unauthorized",
        403 => "forbidden",
        404 => "not_found",
        405 => "method_not_allowed",
        409 => "conflict",
        413 => "payload_too_large",
        415 => "unsupported_media_type",
        429 => "rate_limited",
        _ => status >= 500 ? "server_error" : "error",
    };

    static string CamelPath(string path) => string.Join('.', path.Split('.').Select(segment =>
        segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));
}
