using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Nettverk.Api.Common;
using Nettverk.Api.Features.Accounts;

namespace Nettverk.Tests;

/// <summary>The server's codes are worded by the SPA's locale files; a code the server can produce with no text in
/// bokmål, nynorsk or English would show the server's English (or nothing) under a Norwegian form field.</summary>
public sealed partial class ErrorCodeLocaleTests
{
    static readonly string Root = FindRoot();
    static readonly string[] Locales = ["nb", "nn", "en"];

    public static TheoryData<string> LocaleNames => new(Locales);

    [Theory]
    [MemberData(nameof(LocaleNames))]
    public void EveryFieldErrorCode_HasAText(string locale)
    {
        var texts = Load(locale)["fieldErrors"]?.AsObject() ?? throw new InvalidOperationException($"{locale}.json has no fieldErrors section");
        var missing = ErrorCodes.All.Where(code => !HasText(texts[code])).ToList();
        missing.Should().BeEmpty($"frontend/src/locales/{locale}.json needs fieldErrors.<code> for each");
    }

    [Theory]
    [MemberData(nameof(LocaleNames))]
    public void EveryRuleCode_HasAText(string locale)
    {
        var json = Load(locale).AsObject();
        // A feature words its own rules in its own section ("minutesProblems"), shared ones sit in "problems".
        var sections = json.Where(p => p.Key == "problems" || p.Key.EndsWith("Problems", StringComparison.Ordinal)).Select(p => p.Value!.AsObject()).ToList();
        var missing = RuleCodes().Where(code => !sections.Any(s => HasText(s[code]))).ToList();
        missing.Should().BeEmpty($"frontend/src/locales/{locale}.json needs problems.<code> for each");
    }

    [Fact]
    public void RuleCodes_AreFoundInTheSource()
    {
        // The scan below must keep working: these codes are known to be raised.
        RuleCodes().Should().Contain(["meeting_cancelled", "duplicate_email", "stale_reply", "not_found", "rate_limited", "minutes_conflict"]);
        // And the codes the OpenAPI document lists for an operation's problems, raised from constants too.
        RuleCodes().Should().Contain(["concurrency_conflict", "document_fonts_missing"]);
    }

    [Fact]
    public void EveryFieldErrorCallSite_UsesAnErrorCodesConstant()
    {
        var offenders = new List<string>();
        foreach (var file in SourceFiles())
        {
            var text = File.ReadAllText(file);
            foreach (Match call in FieldCall().Matches(text))
            {
                var statement = text[call.Index..text.IndexOf(';', call.Index)];
                if (!statement.Contains("ErrorCodes.", StringComparison.Ordinal))
                    offenders.Add($"{Path.GetFileName(file)}: {statement.Split('\n')[0].Trim()}");
            }
        }
        offenders.Should().BeEmpty("every field error names its code from ErrorCodes");
    }

    [Fact]
    public void IdentitysPasswordRules_GetCodes_WithTheMinimumLength()
    {
        var describer = new IdentityErrorDescriber();
        var result = IdentityResult.Failed(describer.PasswordTooShort(10), describer.PasswordRequiresDigit(), describer.DefaultError());
        var problem = AccountEndpoints.IdentityProblem(result, "newPassword", new PasswordOptions { RequiredLength = 10 });
        var errors = (Dictionary<string, FieldError[]>)problem.ProblemDetails.Extensions[FieldErrors.Extension]!;
        errors["newPassword"].Select(e => e.Code).Should().Equal(ErrorCodes.PasswordTooShort, ErrorCodes.PasswordRequiresDigit, ErrorCodes.PasswordRejected);
        errors["newPassword"][0].Params["min"].Should().Be(10);
        problem.ProblemDetails.Errors["newPassword"].Should().HaveCount(3, "the English words stay beside the codes");
    }

    /// <summary>Codes of rules (409/422 and the like) as the source raises them: DomainRuleException, Problems.Conflict,
    /// a problem's "code" extension, calendar reply outcomes and the codes given to bare status answers; and every code
    /// the committed OpenAPI document lists for an operation's problems (the enum on <c>code</c>), which a client meets.</summary>
    static HashSet<string> RuleCodes()
    {
        var codes = new HashSet<string>();
        foreach (var file in SourceFiles())
            foreach (Match m in RuleCode().Matches(File.ReadAllText(file)))
                codes.Add(m.Groups["code"].Value);
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "backend", "openapi", "v1.json")))!;
        var listed = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject()).SelectMany(o => o.Value!["responses"]!.AsObject())
            .SelectMany(r => r.Value?["content"]?["application/problem+json"]?["schema"]?["allOf"]?.AsArray() ?? new JsonArray())
            .SelectMany(part => part?["properties"]?["code"]?["enum"]?.AsArray() ?? new JsonArray());
        codes.UnionWith(listed.Select(code => code!.GetValue<string>()));
        return codes;
    }

    [GeneratedRegex("""(?:new DomainRuleException\(|Problems\.Conflict\(|\["code"\] = |ReplyResult\(ReplyOutcome\.\w+, "[^"]*", |Code \?\? |\d{3} => )"(?<code>[a-z][a-z_]+)"(?!\))?""")]
    private static partial Regex RuleCode();

    [GeneratedRegex(@"(?:new FieldValidationException|Problems\.Field)\(")]
    private static partial Regex FieldCall();

    static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(Root, "backend", "Nettverk.Api"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    static bool HasText(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) && s.Trim().Length > 0;

    static JsonNode Load(string locale) => JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "frontend", "src", "locales", $"{locale}.json")))!;

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "frontend", "src", "locales", "nb.json"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (with frontend/src/locales) was not found above " + AppContext.BaseDirectory);
    }
}
