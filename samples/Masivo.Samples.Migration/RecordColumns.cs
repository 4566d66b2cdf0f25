using System.Text.Json;

namespace Masivo.Samples.Migration;

/// <summary>The Masivo field names a record type takes, as CSV columns.</summary>
internal static class RecordColumns
{
    public static IReadOnlySet<string> Of<T>() =>
        RecordFile.Json.GetTypeInfo(typeof(T)).Properties
            .Where(property => !property.IsExtensionData)
            .Select(property => property.Name)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The header's columns that are not fields of <typeparamref name="T"/>: their values are not sent.</summary>
    public static IReadOnlyList<string> Unknown<T>(IEnumerable<string> header)
    {
        var known = Of<T>();
        return header.Where(column => !known.Contains(column)).Distinct(StringComparer.Ordinal).ToList();
    }
}
