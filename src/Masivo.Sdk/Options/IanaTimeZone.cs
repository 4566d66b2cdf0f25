namespace Masivo.Sdk;

/// <summary>
/// The time zones Masivo takes in <c>x-timezone</c>: IANA ids such as <c>America/New_York</c>. A Windows
/// id (<c>Pacific Standard Time</c>) is refused even where .NET would convert it, so the same setting
/// means the same thing on every machine and Masivo never receives an id it does not know.
/// </summary>
internal static class IanaTimeZone
{
    public static bool IsKnown(string? id) =>
        !string.IsNullOrWhiteSpace(id)
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
        && (zone.HasIanaId || id == "UTC"); // "UTC" is an IANA id that Windows also knows under its own name
}
