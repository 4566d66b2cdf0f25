namespace Masivo.Sdk.Internal;

/// <summary>
/// Checks an id that travels as a path segment. Refit escapes what a URI reserves (<c>/</c>, <c>?</c>,
/// <c>#</c>, <c>%</c>, spaces, non-ASCII), so any such id arrives whole; what no escaping can carry is refused
/// before anything is sent: a blank id, <c>.</c> and <c>..</c> (which URIs resolve as "this" and "parent"
/// segments, calling another endpoint), control characters, and lone surrogates (not UTF-8).
/// </summary>
internal static class PathSegment
{
    /// <summary>The most characters an id may have: far beyond any real id, well within any server's URL limit.</summary>
    public const int MaxLength = 1024;

    public static void Validate(string value, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{paramName} is required: it names what the call is about, in the request's path.", paramName);
        }

        if (value is "." or "..")
        {
            throw new ArgumentException($"{paramName} cannot be '{value}': a URI resolves it as a relative path segment, so the call would reach another endpoint.", paramName);
        }

        if (value.Length > MaxLength)
        {
            throw new ArgumentException($"{paramName} is {value.Length:N0} characters long; an id travels in the URL and may have at most {MaxLength:N0}.", paramName);
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c))
            {
                throw new ArgumentException($"{paramName} holds a control character (U+{(int)c:X4}) at index {i}; an id cannot carry one.", paramName);
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw new ArgumentException($"{paramName} holds a lone surrogate (U+{(int)c:X4}) at index {i}, which is not text a URL can carry.", paramName);
            }
        }
    }
}
