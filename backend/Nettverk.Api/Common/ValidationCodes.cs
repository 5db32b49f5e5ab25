using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;

namespace Nettverk.Api.Common;

/// <summary>Gives the problems .NET's built-in validation (<c>AddValidation()</c>) writes their <c>fieldErrors</c> codes.
/// That validation reports English messages only, so each message is traced back to the attribute that wrote it: the
/// field's path is walked on the endpoint's request type (or its parameters) and the message compared with what each
/// attribute there would say. An attribute kind maps to a generic code with its parameters (StringLength → too_long {max}).</summary>
public static class ValidationCodes
{
    public static Dictionary<string, FieldError[]> Infer(HttpContext http, IDictionary<string, string[]> errors)
    {
        var endpoint = http.GetEndpoint();
        var body = endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var parameters = endpoint?.Metadata.GetMetadata<MethodInfo>()?.GetParameters() ?? [];
        var json = new Lazy<JsonNode?>(() => ReadBody(http.Request));
        return errors.ToDictionary(e => e.Key, e =>
        {
            var member = Resolve(e.Key, body, parameters);
            return e.Value.Select(message => member is null ? Unknown : FromAttributes(member.Value, message, () => TextAt(json.Value, e.Key))).ToArray();
        });
    }

    static readonly FieldError Unknown = new(ErrorCodes.InvalidValue, new Dictionary<string, object>());

    readonly record struct Member(string Name, Type Type, IReadOnlyList<ValidationAttribute> Attributes);

    static FieldError FromAttributes(Member member, string message, Func<string?> value)
    {
        var attribute = member.Attributes.FirstOrDefault(a => Says(a, member.Name, message))
            ?? (member.Attributes.Count == 1 ? member.Attributes[0] : null);
        // StringLength(200, MinimumLength = 2) says the same words for both ends; the value sent tells which end it broke.
        if (attribute is StringLengthAttribute { MinimumLength: > 0 } length && value() is { } text)
            return text.Length > length.MaximumLength
                ? new(ErrorCodes.TooLong, new Dictionary<string, object> { ["max"] = length.MaximumLength })
                : new(ErrorCodes.TooShort, new Dictionary<string, object> { ["min"] = length.MinimumLength });
        return attribute is null ? Unknown : For(attribute, member.Type);
    }

    /// <summary>The request body as sent, when it is still there to read (the request boundary buffers JSON bodies).</summary>
    static JsonNode? ReadBody(HttpRequest request)
    {
        try
        {
            if (!request.Body.CanSeek) return null;
            request.Body.Position = 0;
            using var reader = new StreamReader(request.Body, leaveOpen: true);
            return JsonNode.Parse(reader.ReadToEnd());
        }
        catch (Exception e) when (e is IOException or JsonException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The string at "deputies[0].name" in the body, matching property names in any case.</summary>
    static string? TextAt(JsonNode? node, string path)
    {
        foreach (var segment in path.Split('.'))
        {
            var parts = segment.Split('[');
            if (parts[0].Length > 0)
                node = node is JsonObject o ? o.FirstOrDefault(p => string.Equals(p.Key, parts[0], StringComparison.OrdinalIgnoreCase)).Value : null;
            foreach (var index in parts.Skip(1))
                node = node is JsonArray a && int.TryParse(index.TrimEnd(']'), out var i) && i < a.Count ? a[i] : null;
        }
        return node is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
    }

    static bool Says(ValidationAttribute attribute, string name, string message)
    {
        try
        {
            return attribute.FormatErrorMessage(name) == message;
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            return false;
        }
    }

    /// <summary>The generic code for an attribute kind, with the limits its text names.</summary>
    internal static FieldError For(ValidationAttribute attribute, Type type)
    {
        var isText = (Nullable.GetUnderlyingType(type) ?? type) == typeof(string);
        return attribute switch
        {
            RequiredAttribute => new(ErrorCodes.Required, new Dictionary<string, object>()),
            StringLengthAttribute { MinimumLength: > 0 } s => new(ErrorCodes.LengthOutOfRange, new Dictionary<string, object> { ["min"] = s.MinimumLength, ["max"] = s.MaximumLength }),
            StringLengthAttribute s => new(ErrorCodes.TooLong, new Dictionary<string, object> { ["max"] = s.MaximumLength }),
            MaxLengthAttribute m => new(isText ? ErrorCodes.TooLong : ErrorCodes.TooMany, new Dictionary<string, object> { ["max"] = m.Length }),
            MinLengthAttribute m => new(ErrorCodes.TooShort, new Dictionary<string, object> { ["min"] = m.Length }),
            LengthAttribute l => new(ErrorCodes.LengthOutOfRange, new Dictionary<string, object> { ["min"] = l.MinimumLength, ["max"] = l.MaximumLength }),
            RangeAttribute r when IsOpenEnded(r.Maximum) => new(ErrorCodes.TooSmall, new Dictionary<string, object> { ["min"] = r.Minimum }),
            RangeAttribute r => new(ErrorCodes.OutOfRange, new Dictionary<string, object> { ["min"] = r.Minimum, ["max"] = r.Maximum }),
            EmailAddressAttribute => new(ErrorCodes.InvalidEmail, new Dictionary<string, object>()),
            UrlAttribute => new(ErrorCodes.InvalidUrl, new Dictionary<string, object>()),
            AllowedValuesAttribute a => new(ErrorCodes.NotAChoice, new Dictionary<string, object>
            {
                ["choices"] = string.Join(", ", a.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))),
            }),
            RegularExpressionAttribute or PhoneAttribute or Base64StringAttribute => new(ErrorCodes.InvalidFormat, new Dictionary<string, object>()),
            _ => Unknown,
        };
    }

    /// <summary>[Range(1, int.MaxValue)] means "at least 1": its text should not name two billion.</summary>
    static bool IsOpenEnded(object maximum) => maximum is int.MaxValue or long.MaxValue or double.MaxValue;

    /// <summary>"representative.email", "deputies[0].name" or "year" → the property (or handler parameter) it names.</summary>
    static Member? Resolve(string path, Type? body, ParameterInfo[] parameters)
    {
        var segments = path.Split('.').Select(s => s.Split('[')[0]).Where(s => s.Length > 0).ToList();
        if (segments.Count == 0) return null;
        if (body is not null && Walk(body, segments) is { } inBody) return inBody;
        var parameter = parameters.FirstOrDefault(p => string.Equals(p.Name, segments[0], StringComparison.OrdinalIgnoreCase));
        if (parameter is null) return null;
        if (segments.Count == 1)
            return new(parameter.Name!, parameter.ParameterType, parameter.GetCustomAttributes<ValidationAttribute>().ToList());
        return Walk(parameter.ParameterType, segments[1..]);
    }

    static Member? Walk(Type type, List<string> segments)
    {
        Member? member = null;
        foreach (var segment in segments)
        {
            var property = ElementOf(type).GetProperty(segment, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null) return null;
            var display = property.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? property.Name;
            member = new(display, property.PropertyType, property.GetCustomAttributes<ValidationAttribute>().ToList());
            type = property.PropertyType;
        }
        return member;
    }

    static Type ElementOf(Type type)
    {
        if (type == typeof(string)) return type;
        if (type.IsArray) return type.GetElementType()!;
        if (typeof(IEnumerable).IsAssignableFrom(type))
            return type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                ?.GetGenericArguments()[0] ?? type;
        return Nullable.GetUnderlyingType(type) ?? type;
    }
}
