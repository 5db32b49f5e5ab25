using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Nettverk.Api.Tests.Infrastructure;

/// <summary>What the committed OpenAPI document declares each operation answers, held against what the API was seen to
/// answer (<see cref="AnswerRecorder"/>). The generated client types only what is declared, so an undeclared status
/// (or a 409 with a code the document does not list) is a contract the frontend cannot see.</summary>
public sealed class DeclaredAnswers(JsonNode document)
{
    public static DeclaredAnswers Committed { get; } =
        new(JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(RepoRoot.Path, "backend", "openapi", "v1.json")))!);

    readonly JsonObject paths = document["paths"]!.AsObject();

    /// <summary>Each answer given that the document does not declare, worded for a failure message.</summary>
    public IReadOnlyList<string> Undeclared(IEnumerable<GivenAnswer> answers)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            var method = answer.Method.ToLowerInvariant();
            var route = answer.Route ?? Match(method, answer.Path);
            if (route is null) continue; // routing answered for no operation (a method no route of this path has)
            var operation = paths[route]?[method];
            if (operation is null)
            {
                found.Add($"{answer.Method} {route} is not in the document");
                continue;
            }
            var response = operation["responses"]?[answer.Status.ToString()];
            if (response is null)
                found.Add($"{answer.Method} {route} answered {answer.Status} ({answer.Code ?? "no code"}), which it does not declare");
            else if (Codes(response) is { } codes && !codes.Contains(answer.Code ?? ""))
                found.Add($"{answer.Method} {route} answered {answer.Status} with code {answer.Code ?? "(none)"}, not one of {string.Join(", ", codes)}");
        }
        return found.ToList();
    }

    /// <summary>The codes a response lists as the enum of its problem's <c>code</c>, or null when it lists none.</summary>
    public static IReadOnlyList<string>? Codes(JsonNode response) =>
        response["content"]?["application/problem+json"]?["schema"]?["allOf"]?.AsArray()
            .Select(part => part?["properties"]?["code"]?["enum"]?.AsArray())
            .FirstOrDefault(e => e is not null)?.Select(v => v!.GetValue<string>()).ToList();

    /// <summary>The document's path for a request path, the most literal one when several fit ("…/agenda-items/order"
    /// before "…/agenda-items/{itemId}").</summary>
    string? Match(string method, string requestPath) => paths
        .Where(p => p.Value?[method] is not null && Template(p.Key).IsMatch(requestPath))
        .OrderBy(p => p.Key.Count(c => c == '{')).Select(p => p.Key).FirstOrDefault();

    static Regex Template(string path) =>
        new("^" + Regex.Replace(Regex.Escape(path), @"\\\{[^}]+}", "[^/]+") + "/?$", RegexOptions.IgnoreCase);
}
