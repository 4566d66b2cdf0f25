namespace Masivo.Sdk.Internal;

/// <summary>
/// The time zones Masivo takes in <c>x-timezone</c>: IANA ids such as <c>America/New_York</c>. A Windows
/// id (<c>Pacific Standard Time</c>) is refused even where .NET would convert it, so the same setting
/// means the same thing on every machine and Masivo never receives an id it does not know.
/// </summary>
internal static class IanaTimeZone
{
    public static bool IsKnown(string? id) =>
        id is not null
        && (id == "UTC" || LooksLikeAZone(id)) // "UTC" is an IANA id that Windows also knows under its own name
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
        && (zone.HasIanaId || id == "UTC");

    /// <summary>Area/Location, as IANA names zones; not the tz database's own files (localtime, posixrules, posix/…, right/…).</summary>
    private static bool LooksLikeAZone(string id) =>
        id.Contains('/', StringComparison.Ordinal)
        && !id.Contains("//", StringComparison.Ordinal)
        && !id.StartsWith("posix/", StringComparison.Ordinal)
        && !id.StartsWith("right/", StringComparison.Ordinal)
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+');
}
