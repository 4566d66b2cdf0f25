using System.Globalization;

namespace Masivo.Sdk.Internal;

/// <summary>
/// One page of an index-range list: rows <see cref="From"/> to <see cref="To"/>, 0-based and inclusive (Masivo's campaigns
/// list answers <c>from: 0, to: 9, count: 10</c>), sent as the <c>from</c> and <c>to</c> query parameters.
/// </summary>
internal readonly record struct IndexRange(int From, int To)
{
    /// <summary>Gets the rows the range asks for.</summary>
    public int Size => To - From + 1;

    /// <summary>Gets <see cref="From"/> as sent.</summary>
    public string FromText => From.ToString(CultureInfo.InvariantCulture);

    /// <summary>Gets <see cref="To"/> as sent.</summary>
    public string ToText => To.ToString(CultureInfo.InvariantCulture);

    /// <summary>The first page of <paramref name="size"/> rows.</summary>
    public static IndexRange First(int size) => new(0, size - 1);

    /// <summary>The page after this one, of the same size.</summary>
    public IndexRange Next() => new(checked(To + 1), checked(To + Size));
}
