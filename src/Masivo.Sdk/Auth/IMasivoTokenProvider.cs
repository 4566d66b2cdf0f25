namespace Masivo.Sdk;

/// <summary>
/// Supplies Masivo bearer tokens from a source of your own, such as a secrets vault or another
/// identity system, instead of <see cref="MasivoClientOptions.ApiKey"/> or
/// <see cref="MasivoClientOptions.AccessToken"/>.
/// </summary>
/// <remarks>
/// Register it in the service collection, keyed by the client's name for a named client or without a
/// key for the default client, or pass it to <see cref="MasivoClient(MasivoClientOptions, IMasivoTokenProvider)"/>. The SDK
/// calls it on every attempt, so cache tokens inside it; it may be called concurrently.
/// </remarks>
public interface IMasivoTokenProvider
{
    /// <summary>Gets a bearer token for Masivo's Storefront API.</summary>
    /// <param name="context">Which client asks, and the token Masivo just refused, if any.</param>
    /// <param name="cancellationToken">A token to cancel the wait.</param>
    /// <returns>
    /// The token, without the <c>Bearer</c> prefix. When <see cref="MasivoTokenRequestContext.RejectedToken"/> is set,
    /// return a different token; returning the same one ends the call with a <see cref="MasivoAuthenticationException"/>.
    /// </returns>
    ValueTask<string> GetTokenAsync(MasivoTokenRequestContext context, CancellationToken cancellationToken);
}
