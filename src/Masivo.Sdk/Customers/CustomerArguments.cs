using System.Globalization;
using System.Text.Json.Nodes;

namespace Masivo.Sdk.Internal;

/// <summary>
/// The checks the customer calls share, each naming the parameter (and the JSON field) at fault: the
/// customer's id that travels in the path, a required argument, tag names, devices.
/// </summary>
internal static class CustomerArguments
{
    /// <summary>Refuses a null id, then one no path can carry (see <see cref="PathSegment"/>).</summary>
    public static void Id(string? customerId, string paramName)
    {
        ArgumentNullException.ThrowIfNull(customerId, paramName);
        PathSegment.Validate(customerId, paramName);
    }

    /// <summary>Returns <paramref name="value"/>, refusing <see langword="null"/>.</summary>
    public static T Required<T>(T? value, string paramName)
        where T : class =>
        value ?? throw new ArgumentNullException(paramName);

    /// <summary>Refuses tags to set whose names are blank.</summary>
    public static void Tags(JsonObject tags, string paramName)
    {
        foreach (var (name, _) in tags)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("tags holds a tag with a blank name; every tag needs one.", paramName);
            }
        }
    }

    /// <summary>Refuses no tag names at all (a removal of nothing, which Masivo could read as "every tag"), and a blank name.</summary>
    public static void TagNames(IReadOnlyList<string?> names, string paramName)
    {
        if (names.Count == 0)
        {
            throw new ArgumentException("tags (tagNames) is empty: name at least one tag to remove.", paramName);
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i]))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"tags[{i}] is blank: a tag name is required."), paramName);
            }
        }
    }

    /// <summary>Refuses a device that is null or has no device_token.</summary>
    public static void Devices(IList<CustomerDevice>? devices, string field, string paramName)
    {
        for (var i = 0; i < (devices?.Count ?? 0); i++)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]");
            if (devices![i] is not { } device)
            {
                throw new ArgumentException($"{where} is null; a device is an object.", paramName);
            }

            Require.Present(device.DeviceToken, where + ".device_token (DeviceToken)", paramName);
        }
    }
}
