using System.Globalization;

namespace Masivo.Sdk.Internal;

/// <summary>The rows a list asks Masivo for per page: at most <see cref="Max"/>, Masivo's documented maximum.</summary>
internal static class PageLimits
{
    /// <summary>The most rows a page of a Masivo list holds (the account transactions' documented limit).</summary>
    public const int Max = 1_000;

    /// <summary>Refuses a page size outside 1..<see cref="Max"/>, naming the field.</summary>
    public static void Validate(int? pageSize, string paramName)
    {
        if (pageSize is < 1 or > Max)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                pageSize,
                string.Create(CultureInfo.InvariantCulture, $"PageSize is {pageSize}; a page holds 1 to {Max:N0} rows."));
        }
    }
}
