using System.Text.Json;

namespace Masivo.Samples.Migration;

/// <summary>The Masivo field names a record type takes, as CSV columns, and the type of each.</summary>
internal static class RecordColumns
{
    public static IReadOnlySet<string> Of<T>() => TypesOf<T>().Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>Each Masivo field of <typeparamref name="T"/> and the .NET type it is read as.</summary>
    public static IReadOnlyDictionary<string, Type> TypesOf<T>() =>
        RecordFile.Json.GetTypeInfo(typeof(T)).Properties
            .Where(property => !property.IsExtensionData)
            .ToDictionary(property => property.Name, property => property.PropertyType, StringComparer.Ordinal);

    /// <summary>The header's columns that are not fields of <typeparamref name="T"/>: their values are not sent.</summary>
    public static IReadOnlyList<string> Unknown<T>(IEnumerable<string> header)
    {
        var known = Of<T>();
        return header.Where(column => !known.Contains(column)).Distinct(StringComparer.Ordinal).ToList();
    }
}
