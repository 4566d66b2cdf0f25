using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace Masivo.Samples.Migration;

/// <summary>Turns the command line's tokens into checked values; each mistake becomes an error naming the option and what it takes.</summary>
internal static class OptionValues
{
    /// <summary>The extension the failed file must have: it is written as JSON Lines, and the tool reads back as JSON Lines only a file that is not .csv.</summary>
    public const string FailedExtension = ".jsonl";

    public static void RefuseOptionsAsFiles(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.StartsWith('-'))
            {
                result.AddError($"Unrecognized command or argument '{token.Value}'. (A file whose name starts with '-' can be given as ./{token.Value}.)");
            }
            else if (PathProblem(token.Value) is { } problem)
            {
                result.AddError($"The file {problem}.");
            }
        }
    }

    /// <summary>An output path (<c>--rejected</c>, <c>--failed</c>): not empty and a path this system can name.</summary>
    public static void RequireOutputPath(OptionResult result)
    {
        var name = result.Option.Name;
        foreach (var token in result.Tokens)
        {
            if (PathProblem(token.Value) is { } problem)
            {
                result.AddError($"{name} {problem}.");
            }
        }
    }

    /// <summary>The failed file is JSON Lines whatever its name; a name that does not end in .jsonl would not be read back as JSON Lines (or not look like it).</summary>
    public static void RequireJsonLinesPath(OptionResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (PathProblem(token.Value) is null && !token.Value.EndsWith(FailedExtension, StringComparison.OrdinalIgnoreCase))
            {
                result.AddError($"--failed must name a {FailedExtension} file: the records not migrated are written as JSON Lines, to be given back to the tool; got '{token.Value}'.");
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

        var names = Enum.GetNames<RecordKind>();
        result.AddError($"--kind must be {string.Join(", ", names[..^1])} or {names[^1]}; got '{text}'.");
        return default;
    }

    /// <summary>
    /// What the other options cannot be for this kind: a history kind needs a file (the generated sample holds
    /// contacts) and takes at most 1,000 customers per request; only contacts take a time zone.
    /// </summary>
    public static IEnumerable<string> KindProblems(RecordKind kind, bool fileGiven, bool timeZoneGiven, int? batchSize)
    {
        if (timeZoneGiven && !kind.TakesTimeZone())
        {
            yield return kind == RecordKind.Customers
                ? "--time-zone applies to contacts only; customer migrations take no time zone."
                : $"--time-zone applies to contacts only; {kind.Noun()} migrations take no time zone.";
        }

        if (kind.ItemName() is not { } items)
        {
            yield break;
        }

        if (!fileGiven)
        {
            yield return $"--kind {kind} needs a .jsonl file, one customer's {items} per line, such as {Example(kind)}: the sample generated without a file holds contacts only.";
        }

        if (batchSize > kind.BatchSizeLimit())
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"--batch-size for {kind} counts customers per request, from 1 to {kind.BatchSizeLimit():N0}: a request holds at most {kind.ItemLimit():N0} {items} in all, at least one per customer; got '{batchSize}'.");
        }
    }

    /// <summary>A line of a history kind's file, as its error messages show it.</summary>
    public static string Example(RecordKind kind) => kind == RecordKind.CustomerEvents
        ? """{"id":"c-1","events":[{"type":"PURCHASE","order":{…},"fulfilled":true,"issued_at":"…","resolved_at":"…"}]}"""
        : """{"id":"c-1","transactions":[{"type":"ACCUMULATION","amount":10,…}]}""";

    /// <summary>
    /// Parses a number in its range, or adds an error naming the option, the range and what was given.
    /// The invariant culture, and no thousands separators: '1,0' is not ten, and '1.5' is not a whole number.
    /// </summary>
    public static TNumber? ParseNumber<TNumber>(ArgumentResult result, TNumber min, TNumber max, string expected)
        where TNumber : struct, INumber<TNumber>
    {
        var text = result.Tokens[0].Value;
        var styles = TNumber.IsInteger(TNumber.One) ? NumberStyles.AllowLeadingSign : NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (TNumber.TryParse(text, styles, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        var name = (result.Parent as OptionResult)?.Option.Name ?? "The value";
        result.AddError($"{name} must be {expected}; got '{text}'.");
        return null;
    }

    /// <summary>The time zone is checked before the file is read, on --dry-run too, with the SDK's own rule (see <see cref="IsIanaTimeZone"/>).</summary>
    public static void RequireIanaTimeZone(OptionResult result)
    {
        var id = result.GetValueOrDefault<string?>();
        if (id is not null && !IsIanaTimeZone(id))
        {
            result.AddError($"--time-zone '{id}' is not a known IANA time zone id, such as 'America/New_York' or 'UTC'.");
        }
    }

    /// <summary>
    /// The SDK's rule for <c>MigrationOptions.TimeZone</c> (it is internal to the SDK, so it is repeated here):
    /// exactly "UTC", or an IANA Area/Location id (ASCII letters, digits, '/', '_', '-' and '+'; no "//";
    /// not the tz database's own posix/… and right/… files), that .NET knows with an IANA id. So a Windows
    /// id, "utc", "EST5EDT", "Factory", "localtime" or "posixrules" is refused before anything is read.
    /// </summary>
    public static bool IsIanaTimeZone(string id) =>
        (id == "UTC" || LooksLikeAZone(id))
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
        && (zone.HasIanaId || id == "UTC");

    private static bool LooksLikeAZone(string id) =>
        id.Contains('/', StringComparison.Ordinal)
        && !id.Contains("//", StringComparison.Ordinal)
        && !id.StartsWith("posix/", StringComparison.Ordinal)
        && !id.StartsWith("right/", StringComparison.Ordinal)
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+');

    private static string? PathProblem(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "cannot be an empty path";
        }

        try
        {
            _ = Path.GetFullPath(path);
            return null;
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"'{path}' is not a valid path: {error.Message}";
        }
    }
}
