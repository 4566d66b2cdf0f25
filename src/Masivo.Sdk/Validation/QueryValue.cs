using System.Globalization;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Checks a value that travels in a query string (a list's filter, the code to verify) or names something in a body
/// (a customer id), by the same character rule as an id in a path (<see cref="PathSegment.CharacterProblem"/>): a
/// control character or a lone surrogate is refused before anything is sent, naming the field, instead of reaching
/// Masivo as another value (a lone surrogate arrives as U+FFFD). An optional filter set blank is refused too: sent,
/// it would filter on nothing (<c>brand_id=</c>) rather than be left out.
/// </summary>
internal static class QueryValue
{
    /// <summary>The most characters a value in a URL may have, as for an id in a path: more can only be a mistake.</summary>
    public const int MaxLength = PathSegment.MaxLength;

    /// <summary>Refuses an optional filter that is set but blank, too long, or holds a character no URL carries as written.</summary>
    /// <param name="value">The filter; <see langword="null"/> leaves it out.</param>
    /// <param name="field">The JSON name and the property, as <c>brand_id (BrandId)</c>.</param>
    /// <param name="paramName">The public method's parameter.</param>
    public static void Filter(string? value, string field, string paramName)
    {
        if (value is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{field} is blank; pass null to leave the filter out.", paramName);
        }

        Characters(value, field, "a filter", paramName);
    }

    /// <summary>Refuses a required value that is missing, blank, too long, or holds a character no URL or body carries as written.</summary>
    /// <param name="value">The value.</param>
    /// <param name="field">The JSON name and the parameter or property, as <c>customer_id (customerId)</c>.</param>
    /// <param name="paramName">The public method's parameter.</param>
    public static void Required(string? value, string field, string paramName)
    {
        Require.Present(value, field, paramName);
        Characters(value!, field, "a value sent to Masivo", paramName);
    }

    private static void Characters(string value, string field, string what, string paramName)
    {
        if (value.Length > MaxLength)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{field} is {value.Length:N0} characters long; ids and filters travel in URLs, where a value may have at most {MaxLength:N0}."),
                paramName);
        }

        if (PathSegment.CharacterProblem(value, what) is { } problem)
        {
            throw new ArgumentException($"{field} {problem}", paramName);
        }
    }
}
