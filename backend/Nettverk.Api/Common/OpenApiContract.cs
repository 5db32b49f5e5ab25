using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Nettverk.Api.Common;

/// <summary>What the OpenAPI document says about who may call: the cookie session as a security scheme, every operation
/// marked as signed-in or public, the problem schema, and nullable enums that a validator accepts null for. What a
/// call may answer beyond its handler's types is <see cref="ProblemResponses"/>' part.</summary>
public sealed class OpenApiContract : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string SessionScheme = "session";
    public const string XsrfScheme = "xsrf";
    public const string ProblemSchema = "ProblemDetails";
    static readonly HashSet<string> SafeMethods = ["GET", "HEAD", "OPTIONS"];

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SessionScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Cookie, Name = "Nettverk.Session",
            Description = "The session cookie set by POST /api/account/login.",
        };
        document.Components.SecuritySchemes[XsrfScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = "X-XSRF-TOKEN",
            Description = "On unsafe methods: the value of the XSRF-TOKEN cookie (GET /api/account/antiforgery sets it).",
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemSchema] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 problem details, with the stable code clients word and branch on.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32" },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["code"] = new OpenApiSchema { Type = JsonSchemaType.String },
            },
        };
        // A nullable enum property is written as oneOf [null, $ref]; the shared enum schema listing null as well made a
        // null match both branches, which oneOf forbids, so a validator refused the very nulls the API sends.
        foreach (var schema in document.Components.Schemas.Values)
        {
            if (schema is OpenApiSchema { Enum: { Count: > 0 } values } && values.Any(v => v is null))
            {
                var kept = values.Where(v => v is not null).ToList();
                values.Clear();
                foreach (var v in kept) values.Add(v);
            }
        }
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var signedIn = IsSignedIn(context.Description.ActionDescriptor.EndpointMetadata);
        var document = context.Document!;
        var requirement = new OpenApiSecurityRequirement();
        if (signedIn) requirement[new OpenApiSecuritySchemeReference(SessionScheme, document)] = [];
        // Every unsafe /api request needs the antiforgery header, signed in or not (sign-in itself included).
        if (!SafeMethods.Contains(context.Description.HttpMethod ?? "GET"))
            requirement[new OpenApiSecuritySchemeReference(XsrfScheme, document)] = [];
        operation.Security = requirement.Count == 0 ? [] : [requirement]; // [] says: public, nothing needed
        return Task.CompletedTask;
    }

    /// <summary>Authorisation is required and not waived: without a session the call answers 401.</summary>
    internal static bool IsSignedIn(IList<object> metadata) =>
        metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
}
