using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Masivo.Sdk;

namespace Masivo.Samples.Migration;

/// <summary>
/// Reads contacts or customers from a CSV file (a header row of Masivo field names, such as
/// <c>external_id,email,first_name</c>) or a JSON Lines file (one Masivo record per line), lazily,
/// and checks each against Masivo's documented rules.
/// </summary>
internal static class RecordFile
{
    public static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static bool IsCsv(string path) => Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase);

    public static async IAsyncEnumerable<SourceRow<T>> ReadAsync<T>(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where T : class
    {
        using var reader = new StreamReader(path);
        var rows = IsCsv(path) ? ReadCsvAsync<T>(reader) : ReadJsonLinesAsync<T>(reader);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return row.Record is null ? row : row with { Rejection = RecordRules.Check(row.Record) };
        }
    }

    private static async IAsyncEnumerable<SourceRow<T>> ReadJsonLinesAsync<T>(TextReader reader)
        where T : class
    {
        var line = 0;
        while (await reader.ReadLineAsync() is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            yield return Parse<T>(line, text, () => JsonSerializer.Deserialize<T>(text, Json));
        }
    }

    private static async IAsyncEnumerable<SourceRow<T>> ReadCsvAsync<T>(TextReader reader)
        where T : class
    {
        IReadOnlyList<string>? header = null;
        var line = 0;
        await foreach (var fields in Csv.ReadAsync(reader))
        {
            line++;
            if (header is null)
            {
                header = fields.Select(f => f.Trim()).ToList();
                continue;
            }

            var raw = string.Join(",", fields.Select(Csv.Escape));
            if (fields.Count != header.Count)
            {
                yield return new SourceRow<T>(line, raw, null, $"has {fields.Count} fields, the header has {header.Count}");
                continue;
            }

            var json = new JsonObject();
            for (var i = 0; i < header.Count; i++)
            {
                if (fields[i].Length > 0)
                {
                    json[header[i]] = fields[i] switch
                    {
                        "true" => true,
                        "false" => false,
                        var text => text,
                    };
                }
            }

            yield return Parse<T>(line, raw, () => json.Deserialize<T>(Json));
        }
    }

    private static SourceRow<T> Parse<T>(int line, string raw, Func<T?> parse)
        where T : class
    {
        try
        {
            return parse() is { } record ? new SourceRow<T>(line, raw, record, null) : new SourceRow<T>(line, raw, null, "is empty");
        }
        catch (JsonException error)
        {
            return new SourceRow<T>(line, raw, null, "cannot be read: " + error.Message);
        }
    }
}
