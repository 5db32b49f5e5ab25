using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Nettverk.Api.Common;

/// <summary>Documents what every problem answer carries beyond RFC 9457, so the generated client types it: the
/// <c>code</c> clients branch on and word, and on 400s the <c>fieldErrors</c> (field → [{ code, params }]) that sit
/// beside <c>errors</c> (field → English messages, for API users and logs).</summary>
public sealed class ProblemSchemas : IOpenApiDocumentTransformer
{
    public const string FieldErrorSchema = "FieldError";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        var schemas = document.Components.Schemas;
        schemas[FieldErrorSchema] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "One refusal of a field: a stable code (worded by the client) and the values its text needs, e.g. "
                + "{ \"code\": \"too_long\", \"params\": { \"max\": 200 } }.",
            Required = new HashSet<string> { "code", "params" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Examples = [JsonValue.Create("meeting_ends_before_start")] },
                ["params"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Integer | JsonSchemaType.Number },
                },
            },
        };
        foreach (var (name, schema) in schemas)
        {
            if (schema is not OpenApiSchema problem || !name.EndsWith("ProblemDetails", StringComparison.Ordinal)) continue;
            problem.Properties ??= new Dictionary<string, IOpenApiSchema>();
            problem.Properties["code"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "Stable machine code of the problem (\"validation\" for field errors, a rule's code otherwise).",
            };
            if (name != "HttpValidationProblemDetails") continue;
            problem.Properties["fieldErrors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Per field, as in errors: the codes of its refusals with their parameters.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchemaReference(FieldErrorSchema, document) },
            };
        }
        return Task.CompletedTask;
    }
}
