using System.Globalization;
using System.Text;

namespace Masivo.Sdk.Internal;

/// <summary>
/// A caller's value (an id, say) quoted for a message: what cannot be read as text is escaped (control characters,
/// lone surrogates, the quote and the backslash, as <c>\uXXXX</c>, <c>\'</c>, <c>\\</c>), and a long value is cut
/// short, its length given, so a message stays one readable line whatever the value holds.
/// </summary>
internal static class QuotedValue
{
    /// <summary>The most characters of the value a message shows.</summary>
    public const int MaxShown = 64;

    /// <summary>The value in single quotes, escaped, and cut after <see cref="MaxShown"/> characters: <c>'cust-7'</c>, <c>'a\u0007b'</c>.</summary>
    public static string Of(string value)
    {
        var text = new StringBuilder(Math.Min(value.Length, MaxShown) + 8).Append('\'');
        var shown = 0;
        var i = 0;
        for (; i < value.Length && shown < MaxShown; i++, shown++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(c).Append(value[++i]);
            }
            else if (char.IsControl(c) || char.IsSurrogate(c))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else if (c is '\'' or '\\')
            {
                text.Append('\\').Append(c);
            }
            else
            {
                text.Append(c);
            }
        }

        text.Append('\'');
        if (i < value.Length)
        {
            text.Append(CultureInfo.InvariantCulture, $"… ({value.Length:N0} characters)");
        }

        return text.ToString();
    }
}
