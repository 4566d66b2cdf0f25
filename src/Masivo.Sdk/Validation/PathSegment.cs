using System.Globalization;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Checks an id that travels as a path segment. Refit escapes what a URI reserves (<c>/</c>, <c>?</c>,
/// <c>#</c>, <c>%</c>, spaces, non-ASCII), so any such id arrives whole; what no escaping can carry is refused
/// before anything is sent: a blank id, <c>.</c> and <c>..</c> (which URIs resolve as "this" and "parent"
/// segments, calling another endpoint), control characters, lone surrogates (not UTF-8), and more than
/// <see cref="MaxLength"/> characters. The same rule holds where such an id is created, so every id the SDK
/// creates can be read back.
/// </summary>
internal static class PathSegment
{
    /// <summary>The most characters an id may have: far beyond any real id, well within any server's URL limit.</summary>
    public const int MaxLength = 1024;

    /// <summary>Refuses an id given to read something (<c>customerId</c>), naming the parameter.</summary>
    public static void Validate(string value, string paramName)
    {
        if (Problem(value) is { } problem)
        {
            throw new ArgumentException($"{paramName} {problem}", paramName);
        }
    }

    /// <summary>Refuses the id of something created, naming its field: an id that could not travel in a path could never be read back.</summary>
    public static void ValidateNewId(string? value, string field, string paramName)
    {
        if (value is not null && Problem(value) is { } problem)
        {
            throw new ArgumentException($"{field} {problem} It is refused here because it could never be read back: ids travel in request paths.", paramName);
        }
    }

    /// <summary>
    /// The one rule for the characters of any value that travels in a URL (a path segment, a query parameter) or
    /// names something in a body: a control character or a lone surrogate is refused, because no escaping carries it
    /// as written (a lone surrogate becomes U+FFFD on its way to UTF-8, so the call would be about another value).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="what">What the value is, for the message (<c>an id</c>, <c>a filter</c>).</param>
    /// <returns>What is wrong, to follow the field's name; <see langword="null"/> when every character can travel.</returns>
    internal static string? CharacterProblem(string value, string what)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c))
            {
                return string.Create(CultureInfo.InvariantCulture, $"holds a control character (U+{(int)c:X4}) at index {i}; {what} cannot carry one.");
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return string.Create(CultureInfo.InvariantCulture, $"holds a lone surrogate (U+{(int)c:X4}) at index {i}, which is not text a URL or a JSON body can carry (it would arrive as U+FFFD).");
            }
        }

        return null;
    }

    /// <summary>What keeps <paramref name="value"/> from travelling as a path segment, or <see langword="null"/>.</summary>
    private static string? Problem(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "is required: it names what the call is about, in the request's path.";
        }

        if (value is "." or "..")
        {
            return $"cannot be '{value}': a URI resolves it as a relative path segment, so the call would reach another endpoint.";
        }

        if (value.Length > MaxLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"is {value.Length:N0} characters long; an id travels in the URL and may have at most {MaxLength:N0}.");
        }

        return CharacterProblem(value, "an id");
    }
}
