using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;

namespace Masivo.Samples.Migration;

/// <summary>One record of a CSV file: the line it is on, its raw text, and its fields or why it is malformed.</summary>
internal sealed record CsvLine(long Line, string Raw, IReadOnlyList<string>? Fields, string? Problem);

/// <summary>
/// Reads CSV with CsvHelper in strict mode: a record is one line (a quoted field may not hold a line
/// break), so an unbalanced quote spoils its own line instead of swallowing the rest of the file.
/// Every record comes back, in order, with its line number: its fields, or why it is malformed.
/// </summary>
internal static class CsvLines
{
    /// <summary>
    /// The header's column names. A malformed header line is not skipped (that would make the first
    /// data row the header and lose it): the file cannot be read as the tool's CSV.
    /// </summary>
    /// <exception cref="InvalidDataException">The header line is malformed.</exception>
    public static IReadOnlyList<string> ReadHeader(string path)
    {
        var malformed = new List<CsvMalformedRecord>();
        using var reader = CsvReader.FromFile(path, StrictOptions(malformed.Add));
        reader.ReadHeader();
        if (malformed.Count > 0)
        {
            var line = Malformed(malformed[0], 0);
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"line {line.Line} {line.Problem}: {(line.Raw.Length > 80 ? line.Raw[..80] + "…" : line.Raw)}"));
        }

        return reader.Headers.Select(name => name.Trim()).ToArray();
    }

    public static async IAsyncEnumerable<CsvLine> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var malformed = new Queue<CsvMalformedRecord>();
        using var reader = CsvReader.FromFile(path, StrictOptions(malformed.Enqueue));
        while (await reader.ReadAsync(cancellationToken))
        {
            while (malformed.TryDequeue(out var record))
            {
                yield return Malformed(record, reader.Headers.Count);
            }

            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i) ?? string.Empty;
            }

            yield return new CsvLine(reader.LineNumber, reader.Current.ToString(), fields, null);
        }

        while (malformed.TryDequeue(out var record))
        {
            yield return Malformed(record, reader.Headers.Count);
        }
    }

    private static CsvReaderOptions StrictOptions(Action<CsvMalformedRecord> onMalformed) => new()
    {
        Separator = ',',
        HasHeader = true,
        AllowLineBreaksInQuotes = false,
        MalformedData = CsvMalformedDataHandling.Skip,
        FieldCountMismatch = CsvFieldCountHandling.Skip,
        OnMalformedRecord = onMalformed,
        TrackLineNumbers = true,
        SkipEmptyLines = true,
    };

    private static CsvLine Malformed(CsvMalformedRecord record, int headerFields) =>
        new(record.LineNumber, record.RawRecord, null, record.Reason switch
        {
            CsvMalformedReason.LineBreakInQuotes => "has a quote that is not closed on its line",
            CsvMalformedReason.UnterminatedQuote => "has a quote that is never closed",
            CsvMalformedReason.StrayQuote => "has a quote inside an unquoted field (quote the field and double the quote)",
            CsvMalformedReason.TextAfterClosingQuote => "has text after the closing quote of a field",
            CsvMalformedReason.FieldCountMismatch => string.Create(CultureInfo.InvariantCulture, $"does not have the header's {headerFields} fields"),
            var other => "is malformed: " + other,
        });
}
