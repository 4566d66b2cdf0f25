using System.Globalization;
using System.Text;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Makes text from a webhook safe for one log line: control characters (CR, LF, tab, C1), Unicode format characters
/// (bidirectional overrides, zero-width marks), line and paragraph separators and lone surrogates are escaped as
/// <c>\r</c>, <c>\n</c>, <c>\t</c> or <c>\uXXXX</c>, a backslash is doubled so the escaping is unambiguous, and
/// text longer than <see cref="MaxLength"/> characters is cut, saying how long it was.
/// </summary>
internal static class WebhookText
{
    public const int MaxLength = 200;

    public static string ForLog(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.Length <= MaxLength && !NeedsEscaping(text))
        {
            return text;
        }

        var builder = new StringBuilder(Math.Min(text.Length, MaxLength) + 16);
        var length = Math.Min(text.Length, MaxLength);
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }

            _ = c switch
            {
                '\\' => builder.Append(@"\\"),
                '\r' => builder.Append(@"\r"),
                '\n' => builder.Append(@"\n"),
                '\t' => builder.Append(@"\t"),
                _ when IsUnsafe(c) => builder.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        if (text.Length > MaxLength)
        {
            builder.Append(CultureInfo.InvariantCulture, $"... ({text.Length} characters)");
        }

        return builder.ToString();
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds a character that shows: not only white space, control characters and Unicode
    /// format characters (a NUL, a zero-width space), which name nothing anyone can read or type.
    /// </summary>
    public static bool HasVisibleText(string? text)
    {
        foreach (var c in text ?? string.Empty)
        {
            if (!char.IsWhiteSpace(c) && !char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                return true;
            }
        }

        return false;
    }

    private static bool NeedsEscaping(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (c == '\\' || IsUnsafe(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || char.IsSurrogate(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
