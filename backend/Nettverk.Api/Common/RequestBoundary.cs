using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Nettverk.Api.Common;

/// <summary>Refuses what no handler should ever see, for every endpoint at once, before it is bound: numeric route and
/// query values out of range, enum values that are not one of the names, and control characters in JSON strings.
/// A middleware (not a filter per endpoint) so an endpoint mapped tomorrow is covered without anyone remembering to.
/// It reads the handler's parameters from the endpoint metadata (the MethodInfo minimal APIs attach) once per endpoint.</summary>
public static class RequestBoundary
{
    /// <summary>Years a meeting plan or meeting list can be about; beyond them <see cref="DateTime"/> arithmetic throws.</summary>
    public const int MinYear = 1900, MaxYear = 2200;
    /// <summary>Counts, pages, revisions: never negative, never near int.MaxValue (where paging arithmetic overflows).</summary>
    public const int MaxCount = 1_000_000;
    /// <summary>A string property allowed this long or longer is prose (descriptions, notes, comments, markdown) and may
    /// carry tab and line breaks; shorter ones (names, titles, addresses, list items) are single-line.</summary>
    public const int LongTextFrom = 1000;

    static readonly ConcurrentDictionary<Endpoint, Plan> Plans = new();

    public static IApplicationBuilder UseRequestBoundary(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.GetEndpoint() is RouteEndpoint endpoint && endpoint.Metadata.GetMetadata<MethodInfo>() is not null)
        {
            var plan = Plans.GetOrAdd(endpoint, Build);
            var errors = new Dictionary<string, FieldFailure>();
            foreach (var check in plan.Values)
            {
                var raw = check.FromRoute ? http.Request.RouteValues[check.Name]?.ToString() : (string?)http.Request.Query[check.Name];
                if (string.IsNullOrEmpty(raw)) continue;
                if (check.Refuse(raw) is { } refusal) errors[check.Name] = refusal with { Field = check.Name };
            }
            if (errors.Count == 0 && plan.Body is not null && IsJson(http.Request))
                await CheckJsonAsync(http.Request, plan.Body, errors);
            if (errors.Count > 0)
            {
                await WriteAsync(http, errors);
                return;
            }
        }
        await next();
    });

    static bool IsJson(HttpRequest request) =>
        request.ContentType is { } type && (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || type.Contains("+json", StringComparison.OrdinalIgnoreCase));

    static async Task WriteAsync(HttpContext http, Dictionary<string, FieldFailure> errors)
    {
        http.Response.StatusCode = 400;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
        {
            HttpContext = http,
            ProblemDetails = FieldErrors.Problem(errors.Values),
        });
    }

    sealed record Plan(IReadOnlyList<ValueCheck> Values, Type? Body);

    sealed record ValueCheck(string Name, bool FromRoute, Func<string, FieldFailure?> Refuse);

    static Plan Build(Endpoint endpoint)
    {
        var method = endpoint.Metadata.GetMetadata<MethodInfo>()!;
        var routeNames = ((RouteEndpoint)endpoint).RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var checks = new List<ValueCheck>();
        // [AsParameters] records (such as PageQuery) bind each of their properties as a value of its own.
        var values = method.GetParameters().SelectMany<ParameterInfo, ICustomAttributeProvider>(p => p.GetCustomAttribute<AsParametersAttribute>() is null
            ? [(ICustomAttributeProvider)p]
            : p.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(x => Has<FromQueryAttribute>(x) || Has<FromRouteAttribute>(x)));
        foreach (var value in values)
        {
            var (declared, declaredName) = value switch
            {
                ParameterInfo p => (p.ParameterType, p.Name!),
                PropertyInfo p => (p.PropertyType, p.Name),
                _ => throw new InvalidOperationException(),
            };
            var type = Nullable.GetUnderlyingType(declared) ?? declared;
            if (Has<FromBodyAttribute>(value) || Has<FromServicesAttribute>(value)) continue;
            var name = Attribute<FromQueryAttribute>(value)?.Name ?? Attribute<FromRouteAttribute>(value)?.Name ?? declaredName;
            var fromRoute = routeNames.Contains(name);
            if (type.IsEnum) checks.Add(new(name, fromRoute, raw => EnumName(type, raw)));
            else if (type == typeof(int) || type == typeof(long) || type == typeof(short))
            {
                var (min, max) = RangeOf(value, name);
                checks.Add(new(name, fromRoute, raw => !long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
                    ? null // not a number at all: the binder's own 400 names the field
                    : v < min || v > max ? new FieldFailure(name, ErrorCodes.OutOfRange, $"Between {min} and {max}.",
                        new Dictionary<string, object> { ["min"] = min, ["max"] = max }) : null));
            }
        }
        var body = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.RequestType;
        return new(checks, body is null || body == typeof(string) ? null : body);
    }

    /// <summary>A [Range] on the parameter wins; otherwise years are years and every other number a count.</summary>
    static (long Min, long Max) RangeOf(ICustomAttributeProvider value, string name)
    {
        if (Attribute<RangeAttribute>(value) is { } range)
            return (Convert.ToInt64(range.Minimum, CultureInfo.InvariantCulture), Convert.ToInt64(range.Maximum, CultureInfo.InvariantCulture));
        return name.Equals("year", StringComparison.OrdinalIgnoreCase) ? (MinYear, MaxYear) : (0, MaxCount);
    }

    static T? Attribute<T>(ICustomAttributeProvider value) where T : Attribute =>
        value.GetCustomAttributes(typeof(T), true).OfType<T>().FirstOrDefault();

    static bool Has<T>(ICustomAttributeProvider value) where T : Attribute => Attribute<T>(value) is not null;

    /// <summary>Names only: "99" or "1" would bind to an undefined or unintended value.</summary>
    internal static FieldFailure? EnumName(Type type, string raw)
    {
        if (Enum.GetNames(type).Any(n => n.Equals(raw, StringComparison.OrdinalIgnoreCase))) return null;
        var choices = string.Join(", ", Enum.GetNames(type));
        return new("", ErrorCodes.NotAChoice, $"One of: {choices}.", new Dictionary<string, object> { ["choices"] = choices });
    }

    /// <summary>Walks the JSON body beside the type it will bind to, so each string is judged by the property it fills.</summary>
    static async Task CheckJsonAsync(HttpRequest request, Type bodyType, Dictionary<string, FieldFailure> errors)
    {
        request.EnableBuffering();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        var reader = new Utf8JsonReader(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            Walk(ref reader, bodyType, false, "", errors);
        }
        catch (JsonException)
        {
            // Malformed JSON: the binder reports it with its own field path.
        }
    }

    static void Walk(ref Utf8JsonReader reader, Type? type, bool multiline, string path, Dictionary<string, FieldFailure> errors)
    {
        if (!reader.Read()) return;
        WalkValue(ref reader, type, multiline, path, errors);
    }

    static void WalkValue(ref Utf8JsonReader reader, Type? type, bool multiline, string path, Dictionary<string, FieldFailure> errors)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                var field = path.Length == 0 ? "body" : path;
                if (ControlCharacter(reader.GetString()!, multiline) is { } refusal) errors.TryAdd(field, refusal with { Field = field });
                break;
            case JsonTokenType.StartArray:
                var element = ElementType(type);
                for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
                    WalkValue(ref reader, element, multiline, $"{path}[{i}]", errors);
                break;
            case JsonTokenType.StartObject:
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    var property = type?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                    var dictionaryValue = property is null ? DictionaryValueType(type) : null;
                    var next = property?.PropertyType ?? dictionaryValue;
                    var longText = property is not null ? IsLongText(property) : dictionaryValue is not null && multiline;
                    reader.Read();
                    WalkValue(ref reader, next, longText, path.Length == 0 ? name : $"{path}.{name}", errors);
                }
                break;
        }
    }

    static Type? ElementType(Type? type)
    {
        if (type is null || type == typeof(string)) return null;
        if (type.IsArray) return type.GetElementType();
        return type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
    }

    static Type? DictionaryValueType(Type? type) =>
        type?.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>))
            ?.GetGenericArguments()[1];

    static bool IsLongText(PropertyInfo property) =>
        property.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength >= LongTextFrom
        || property.GetCustomAttribute<MaxLengthAttribute>()?.Length >= LongTextFrom
        || property.GetCustomAttribute<DataTypeAttribute>()?.DataType is DataType.MultilineText or DataType.Html;

    /// <summary>C0 and C1 controls and DEL are refused (NUL truncates in C, ESC paints terminals, and no one types them);
    /// tab and line breaks only in long text.</summary>
    internal static FieldFailure? ControlCharacter(string value, bool multiline)
    {
        foreach (var c in value)
        {
            if (multiline && c is '\t' or '\n' or '\r') continue;
            if (char.IsControl(c))
                return multiline ? new("", ErrorCodes.ControlCharacters, "Control characters other than tab and line breaks are not allowed.")
                    : c is '\t' or '\n' or '\r' ? new("", ErrorCodes.LineBreaksNotAllowed, "Line breaks and tabs are not allowed here.")
                    : new("", ErrorCodes.ControlCharacters, "Control characters are not allowed.");
        }
        return null;
    }
}
