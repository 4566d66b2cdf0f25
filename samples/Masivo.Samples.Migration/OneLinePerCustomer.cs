using System.Globalization;
using Masivo.Sdk;

namespace Masivo.Samples.Migration;

/// <summary>
/// A customer's transactions are migrated in one pass (Masivo refuses a second, and they must add up to the migrated
/// balance), so they must all be on one line: a customer already on an earlier line of the file is rejected on every
/// later one. Events may be migrated in several passes, so their customers may span lines.
/// </summary>
internal sealed class OneLinePerCustomer
{
    private readonly Dictionary<string, long> _firstLines = new(StringComparer.Ordinal);

    /// <summary>Why <paramref name="record"/>, read on <paramref name="line"/>, repeats a customer, or <see langword="null"/>.</summary>
    public string? Check<T>(T record, long line)
    {
        if (record is not CustomerTransactionsMigrationRecord { Id: { } id })
        {
            return null;
        }

        if (_firstLines.TryGetValue(id, out var first))
        {
            return string.Create(CultureInfo.InvariantCulture, $"customer '{id}' already has its transactions on line {first:N0}: a customer's transactions are migrated in one pass, so they must all be on one line");
        }

        _firstLines.Add(id, line);
        return null;
    }
}
