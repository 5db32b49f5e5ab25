using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace Nettverk.Api.Features.PublicPages;

/// <summary>The words of the server-rendered public pages, read from the SPA's own locale files (embedded into this
/// assembly by the csproj), so there is one source and parity tests cover them: frontend/src/locales/*.json for what the
/// SPA shows too, frontend/src/locales/public/*.json for the public pages' own texts (not in the SPA's bundle). Keys are dotted paths
/// ("publicBody.mandate", "bodyKind.Network"); <c>{{name}}</c> placeholders as i18next writes them.</summary>
public sealed class PublicTexts
{
    public static readonly string[] Languages = ["nb", "nn", "en"];
    static readonly FrozenDictionary<string, FrozenDictionary<string, string>> All = Languages.ToFrozenDictionary(l => l, Load);

    public string Language { get; }
    public CultureInfo Culture { get; }
    readonly FrozenDictionary<string, string> texts;

    PublicTexts(string language)
    {
        Language = language;
        texts = All[language];
        Culture = CultureInfo.GetCultureInfo(language switch { "nn" => "nn-NO", "en" => "en-GB", _ => "nb-NO" });
    }

    public static PublicTexts For(string? language) => new(Languages.Contains(language) ? language! : "nb");

    /// <summary><c>?lang=</c> first (the header's links), then the browser's Accept-Language, then bokmål.</summary>
    public static PublicTexts For(HttpRequest request)
    {
        var asked = request.Query["lang"].ToString();
        if (Languages.Contains(asked)) return For(asked);
        foreach (var value in request.GetTypedHeaders().AcceptLanguage.OrderByDescending(v => v.Quality ?? 1))
        {
            var tag = value.Value.ToString().ToLowerInvariant();
            if (tag.StartsWith("nn")) return For("nn");
            if (tag.StartsWith("nb") || tag.StartsWith("no")) return For("nb");
            if (tag.StartsWith("en")) return For("en");
        }
        return For("nb");
    }

    public string this[string key] => texts.TryGetValue(key, out var text) ? text : key;

    public string Format(string key, params (string Name, string Value)[] values)
    {
        var text = this[key];
        foreach (var (name, value) in values) text = text.Replace("{{" + name + "}}", value);
        return text;
    }

    public string Date(DateTime date) => date.ToString(Language == "en" ? "d MMMM yyyy" : "d. MMMM yyyy", Culture);
    public string Date(DateOnly date) => Date(date.ToDateTime(TimeOnly.MinValue));
    public string Time(DateTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The SPA's main locale file (shared namespaces such as bodyKind, site) and the public pages' own
    /// (locales/public/, not bundled into the SPA).</summary>
    static FrozenDictionary<string, string> Load(string language)
    {
        var flat = new Dictionary<string, string>();
        foreach (var name in new[] { $"Nettverk.Locales.{language}.json", $"Nettverk.Locales.public.{language}.json" })
        {
            using var stream = typeof(PublicTexts).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The locale file {name} is not embedded (see Nettverk.Api.csproj).");
            using var document = JsonDocument.Parse(stream);
            Flatten(document.RootElement, "", flat);
        }
        return flat.ToFrozenDictionary();
    }

    static void Flatten(JsonElement element, string prefix, Dictionary<string, string> into)
    {
        if (element.ValueKind == JsonValueKind.Object)
            foreach (var property in element.EnumerateObject()) Flatten(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}", into);
        else if (element.ValueKind == JsonValueKind.String) into[prefix] = element.GetString()!;
    }
}
