using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace Masivo.Samples.Migration;

/// <summary>Turns the command line's tokens into checked values; each mistake becomes an error naming the option and what it takes.</summary>
internal static class OptionValues
{
    public static void RefuseOptionsAsFiles(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.StartsWith('-'))
            {
                result.AddError($"Unrecognized command or argument '{token.Value}'. (A file whose name starts with '-' can be given as ./{token.Value}.)");
            }
        }
    }

    public static RecordKind ParseKind(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (Enum.GetNames<RecordKind>().FirstOrDefault(name => name.Equals(text, StringComparison.OrdinalIgnoreCase)) is { } name)
        {
            return Enum.Parse<RecordKind>(name);
        }

        result.AddError($"--kind must be {string.Join(" or ", Enum.GetNames<RecordKind>())}; got '{text}'.");
        return default;
    }

    /// <summary>Parses a number in its range, or adds an error naming the option, the range and what was given.</summary>
    public static TNumber? ParseNumber<TNumber>(ArgumentResult result, TNumber min, TNumber max, string expected)
        where TNumber : struct, INumber<TNumber>
    {
        var text = result.Tokens[0].Value;
        if (TNumber.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        var name = (result.Parent as OptionResult)?.Option.Name ?? "The value";
        result.AddError($"{name} must be {expected}; got '{text}'.");
        return null;
    }

    /// <summary>The SDK's rule, checked before the file is read: an IANA id (a Windows id is refused on every machine).</summary>
    public static void RequireIanaTimeZone(OptionResult result)
    {
        var id = result.GetValueOrDefault<string?>();
        if (id is not null && !(TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && (zone.HasIanaId || id == "UTC")))
        {
            result.AddError($"--time-zone '{id}' is not a known IANA time zone id, such as 'America/New_York'.");
        }
    }
}
