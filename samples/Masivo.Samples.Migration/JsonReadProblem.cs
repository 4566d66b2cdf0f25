using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Masivo.Samples.Migration;

/// <summary>
/// Says why a JSON line cannot be read as a record, in the record's own terms: the field at fault (as the file names
/// it, <c>events[0].fulfilled</c>) and what it takes (<c>expected true or false</c>, <c>expected a number</c>), never
/// a .NET type name; a key given twice; and for an id holding a lone surrogate, the id rule's own message.
/// </summary>
internal static class JsonReadProblem
{
    public static string Describe<T>(JsonException error, string text)
    {
        var field = error.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
        if (error.Path == "$" && error.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            // The whole line is JSON of another kind (an array, a string, a number): the reader's message names the record's .NET type.
            return "cannot be read: a line must be one JSON object (one record), not an array, a string or a number";
        }

        if (field is null)
        {
            return "cannot be read: " + error.Message;
        }

        if (error.Message.StartsWith("Duplicate", StringComparison.Ordinal))
        {
            return $"cannot be read: {field} is given twice";
        }

        if (error.InnerException is InvalidOperationException inner && inner.Message.Contains("surrogate", StringComparison.OrdinalIgnoreCase))
        {
            // Not text: a lone surrogate, written as a \u escape. For the id, the id rule says so, where.
            return field == "id" && RawString(text, "id") is { } id && RecordRules.IdProblem(id) is { } idProblem
                ? idProblem
                : $"cannot be read: {field} holds a lone surrogate, which is not text";
        }

        if (!error.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            // Not a value of the wrong kind but text that is not JSON there: the reader's message names no type.
            return "cannot be read: " + error.Message;
        }

        return Expected(typeof(T), field) is { } expected
            ? $"cannot be read: {field}: expected {expected}"
            : $"cannot be read: {field} holds a value of the wrong kind";
    }

    /// <summary>What the field at <paramref name="field"/> of <paramref name="type"/> takes, found by its JSON names; <see langword="null"/> if unknown.</summary>
    private static string? Expected(Type type, string field)
    {
        foreach (var segment in field.Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment.StartsWith('['))
            {
                type = ItemType(type) ?? typeof(object);
                continue;
            }

            var property = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name == segment);
            if (property is null)
            {
                return null;
            }

            type = property.PropertyType;
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) || type == typeof(int) || type == typeof(long) => "a number",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "a date and time, such as 2024-01-02T03:04:05Z",
            _ when type == typeof(string) => "text",
            _ when type.IsValueType && type.GetConstructor([typeof(string)]) is not null => "text",
            _ when ItemType(type) is not null => "a list",
            _ when type == typeof(JsonObject) || type.IsClass => "an object",
            _ => null,
        };
    }

    private static Type? ItemType(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType && type.GetGenericArguments() is [var item] ? item : null;

    /// <summary>The string at <paramref name="name"/> of the line's object with its escapes undone, lone surrogates kept; <see langword="null"/> if there is none.</summary>
    private static string? RawString(string text, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            if (!document.RootElement.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var raw = value.GetRawText();
            var result = new StringBuilder(raw.Length);
            for (var i = 1; i < raw.Length - 1; i++)
            {
                if (raw[i] != '\\')
                {
                    result.Append(raw[i]);
                    continue;
                }

                var escaped = raw[++i];
                result.Append(escaped switch
                {
                    'b' => '\b',
                    'f' => '\f',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    'u' => (char)Convert.ToUInt16(raw.Substring(i + 1, 4), 16),
                    _ => escaped,
                });
                i += escaped == 'u' ? 4 : 0;
            }

            return result.ToString();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
