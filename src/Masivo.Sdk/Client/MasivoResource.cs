namespace Masivo.Sdk.Internal;

/// <summary>One resource client of <see cref="MasivoClient"/>: its type, and how to get it from a client.</summary>
/// <param name="ClientType">The resource client's type, such as <see cref="CouponsClient"/>.</param>
/// <param name="Of">Gets the resource client of a <see cref="MasivoClient"/>.</param>
internal sealed record MasivoResource(Type ClientType, Func<MasivoClient, object> Of);
