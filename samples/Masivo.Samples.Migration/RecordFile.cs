using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Masivo.Samples.Migration;

/// <summary>
/// Reads contacts or customers from a CSV file (a header row of Masivo field names, such as
/// <c>external_id,email,first_name</c>) or a JSON Lines file (one Masivo record per line), lazily,
/// and checks each against Masivo's documented rules. Every record of the file comes back once,
/// valid or with the reason it is rejected.
/// </summary>
internal static class RecordFile
{
    public static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),

        // A key given twice makes a line ambiguous (which id is meant?): it is rejected, not settled by the last one.
        AllowDuplicateProperties = false,
    };

    public static bool IsCsv(string path) => Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>The CSV header's columns that are not Masivo fields of <typeparamref name="T"/>; none for JSON Lines.</summary>
    public static IReadOnlyList<string> UnknownColumns<T>(string path) =>
        IsCsv(path) ? RecordColumns.Unknown<T>(CsvLines.ReadHeader(path)) : [];

    public static async IAsyncEnumerable<SourceRow<T>> ReadAsync<T>(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where T : class
    {
        var rows = IsCsv(path) ? ReadCsvAsync<T>(path, cancellationToken) : ReadJsonLinesAsync<T>(path, cancellationToken);
        var customers = new OneLinePerCustomer();
        await foreach (var row in rows)
        {
            // The repeat is checked on every record read, valid or not: a customer whose first line was rejected still has its transactions there.
            yield return row.Record is null ? row : row with { Rejection = customers.Check(row.Record, row.Line) is { } repeat ? repeat : RecordRules.Check(row.Record) };
        }
    }

    /// <summary>The valid records, in order, after the first <paramref name="skip"/> of them.</summary>
    public static async IAsyncEnumerable<T> ValidRecordsAsync<T>(string path, int skip = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where T : class
    {
        await foreach (var row in ReadAsync<T>(path, cancellationToken))
        {
            if (row.IsValid && skip-- <= 0)
            {
                yield return row.Record!;
            }
        }
    }

    private static async IAsyncEnumerable<SourceRow<T>> ReadJsonLinesAsync<T>(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        await foreach (var (line, text, problem) in Utf8Lines.ReadAsync(path, cancellationToken))
        {
            if (problem is not null)
            {
                yield return new SourceRow<T>(line, text, null, problem);
            }
            else if (!string.IsNullOrWhiteSpace(text))
            {
                yield return Parse<T>(line, text, () => JsonSerializer.Deserialize<T>(text, Json));
            }
        }
    }

    /// <summary>
    /// Each CSV value becomes the JSON its Masivo field takes: a boolean field takes true or false (in any
    /// case); every other field takes the text as it is, which the field's type then reads (numbers and
    /// dates from their text). So a first_name of "true" stays a name.
    /// </summary>
    private static async IAsyncEnumerable<SourceRow<T>> ReadCsvAsync<T>(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        var header = CsvLines.ReadHeader(path);
        var types = RecordColumns.TypesOf<T>();
        await foreach (var line in CsvLines.ReadAsync(path, cancellationToken))
        {
            if (line.Fields is not { } fields)
            {
                yield return new SourceRow<T>(line.Line, line.Raw, null, line.Problem);
                continue;
            }

            var json = new JsonObject();
            string? problem = null;
            for (var i = 0; i < header.Count && problem is null; i++)
            {
                if (fields[i].Length == 0 || !types.TryGetValue(header[i], out var type))
                {
                    continue;
                }

                if (Nullable.GetUnderlyingType(type) == typeof(bool) || type == typeof(bool))
                {
                    if (bool.TryParse(fields[i], out var value))
                    {
                        json[header[i]] = value;
                    }
                    else
                    {
                        problem = $"has {header[i]} '{fields[i]}', which is not true or false";
                    }
                }
                else
                {
                    json[header[i]] = fields[i];
                }
            }

            yield return problem is null ? Parse<T>(line.Line, line.Raw, () => json.Deserialize<T>(Json)) : new SourceRow<T>(line.Line, line.Raw, null, problem);
        }
    }

    private static SourceRow<T> Parse<T>(long line, string raw, Func<T?> parse)
        where T : class
    {
        try
        {
            return parse() is { } record ? new SourceRow<T>(line, raw, record, null) : new SourceRow<T>(line, raw, null, "is empty");
        }
        catch (JsonException error)
        {
            return new SourceRow<T>(line, raw, null, JsonReadProblem.Describe<T>(error, raw));
        }
    }
}
