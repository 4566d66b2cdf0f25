namespace Masivo.Sdk.Internal;

/// <summary>
/// What may travel in a header the SDK sends (the bearer token, <c>x-api-key</c>, <c>x-account-id</c>):
/// visible ASCII only. A line break would put a header of the caller's choosing on the wire, and
/// anything else non-ASCII makes the HTTP stack fail the request as if the connection had broken.
/// </summary>
internal static class HeaderValues
{
    /// <summary>The index of the first character that cannot be sent, or -1 when the value is safe.</summary>
    public static int FirstUnsafe(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] is < '!' or > '~')
            {
                return i;
            }
        }

        return -1;
    }

    public static bool IsSafe(string value) => value.Length > 0 && FirstUnsafe(value) < 0;

    /// <summary>Describes the first unsafe character of a value that is not a secret, for messages.</summary>
    public static string DescribeUnsafe(string value)
    {
        var index = FirstUnsafe(value);
        return index < 0 ? "nothing" : $"U+{(int)value[index]:X4} at position {index}";
    }
}
