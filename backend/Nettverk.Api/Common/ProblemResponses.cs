using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;

namespace Nettverk.Api.Common;

/// <summary>Declares on each operation the problem answers that no handler type can: those of the pipeline and of
/// exceptions. Each is read from the endpoint's own metadata, the same facts the pipeline acts on, not guessed from its
/// path: 401 without a session where authorisation is required, 403 where a role is, 400 (antiforgery, binding, the
/// request boundary) on unsafe methods and checked route or query values, 413/415 where a body is read, 429 where
/// <see cref="RateLimits"/> counts, and the codes routes name with <see cref="ProblemCodesExtensions"/>. Problems a
/// handler returns are declared by its <c>Results&lt;…&gt;</c> (<see cref="ProblemResult"/>); this words them too.</summary>
public sealed class ProblemResponses : IOpenApiOperationTransformer
{
    const string Validation = "HttpValidationProblemDetails";

    static readonly Dictionary<int, string> Descriptions = new()
    {
        [400] = "Not valid: field errors (code `validation`, with `fieldErrors`), a route or query value out of range, or no antiforgery token (code `antiforgery`).",
        [401] = "Not signed in (code `unauthorized`).",
        [403] = "Not allowed for this caller (code `forbidden`).",
        [404] = "Not found, or not the caller's to see (code `not_found`).",
        [409] = "The current state refuses this; `code` says which rule.",
        [413] = "The request body is too large (code `payload_too_large`).",
        [415] = "The content type is not one this operation reads (code `unsupported_media_type`).",
        [429] = "Too many requests (code `rate_limited`); Retry-After says how many seconds to wait.",
        [503] = "Not available right now; `code` says why.",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var method = description.HttpMethod ?? "GET";
        var safe = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
        var readsBody = metadata.OfType<IAcceptsMetadata>().Any();
        var responses = operation.Responses ??= new OpenApiResponses();
        void Add(int status, string schema = OpenApiContract.ProblemSchema) =>
            responses.TryAdd(status.ToString(), Problem(context.Document!, schema, DescriptionOf(status)));

        if (OpenApiContract.IsSignedIn(metadata)) Add(401);
        if (!safe || readsBody || description.ParameterDescriptions.Any(CanBeRefused)) Add(400, Validation);
        if (RequiresMoreThanASession(metadata)) Add(403);
        if (readsBody)
        {
            Add(413);
            Add(415);
        }
        if (RateLimits.Covering(method, "/" + description.RelativePath) is not null) Add(429);
        foreach (var group in metadata.OfType<ProblemCodes>().GroupBy(c => c.Status))
        {
            Add(group.Key);
            ListCodes((OpenApiResponse)responses[group.Key.ToString()], group.Key, group.SelectMany(c => c.Codes));
        }
        foreach (var (status, response) in responses)
            if (response is OpenApiResponse plain && int.TryParse(status, out var code)) Describe(plain, code);
        // A file or text answer declares no type, so the framework's default 200 went once a problem type was declared.
        if (!responses.Keys.Any(k => k.StartsWith('2'))) responses["200"] = new OpenApiResponse { Description = "OK" };

        // In status order, so the document reads the same whatever declared which answer.
        var ordered = responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        responses.Clear();
        foreach (var (status, response) in ordered) responses[status] = response;
        return Task.CompletedTask;
    }

    static OpenApiResponse Problem(OpenApiDocument document, string schema, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [ProblemResult.MediaType] = new() { Schema = new OpenApiSchemaReference(schema, document) },
        },
    };

    static string DescriptionOf(int status) => Descriptions.GetValueOrDefault(status) ?? ReasonPhrases.GetReasonPhrase(status);

    /// <summary>Replaces the reason phrase a typed result leaves ("Not Found") with what the answer means here; a 429
    /// also names its header.</summary>
    static void Describe(OpenApiResponse response, int status)
    {
        if (string.IsNullOrEmpty(response.Description) || response.Description == ReasonPhrases.GetReasonPhrase(status))
            response.Description = DescriptionOf(status);
        if (status != StatusCodes.Status429TooManyRequests) return;
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers["Retry-After"] = new OpenApiHeader
        {
            Description = "Seconds to wait before trying again.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
        };
    }

    /// <summary>The codes in the description and as an enum on <c>code</c>, so a client narrows the error by it.</summary>
    static void ListCodes(OpenApiResponse response, int status, IEnumerable<string> codes)
    {
        var list = codes.Distinct().Order(StringComparer.Ordinal).ToList();
        response.Description = $"{ReasonPhrases.GetReasonPhrase(status)}: `code` is one of {string.Join(", ", list.Select(c => $"`{c}`"))}.";
        var media = response.Content![ProblemResult.MediaType];
        media.Schema = new OpenApiSchema
        {
            AllOf =
            [
                media.Schema!,
                new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = list.Select(c => (JsonNode)JsonValue.Create(c)).ToList() },
                    },
                },
            ],
        };
    }

    /// <summary>A query value of any type but text can fail to bind or be out of range (<see cref="RequestBoundary"/>);
    /// so can a route value, except a guid, which the route's constraint alone lets through.</summary>
    static bool CanBeRefused(ApiParameterDescription parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.Type) ?? parameter.Type;
        if (parameter.Source == BindingSource.Query) return type != typeof(string);
        return parameter.Source == BindingSource.Path && type != typeof(string) && type != typeof(Guid);
    }

    /// <summary>A role or policy beyond "signed in": authorisation answers 403 to a caller without it.</summary>
    static bool RequiresMoreThanASession(IList<object> metadata) =>
        OpenApiContract.IsSignedIn(metadata) && (
            metadata.OfType<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Roles) || !string.IsNullOrEmpty(a.Policy))
            || metadata.OfType<AuthorizationPolicy>().Any(p => p.Requirements.Any(r => r is not DenyAnonymousAuthorizationRequirement)));
}
