
namespace Masivo.Sdk.Internal;

/// <summary>Tokens from the user's <see cref="IMasivoTokenProvider"/>.</summary>
internal sealed class ProviderAccessTokenSource(IMasivoTokenProvider provider, string clientName, string? accountId) : AccessTokenSource
{
    public override async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) =>
        Checked(await provider.GetTokenAsync(new MasivoTokenRequestContext(clientName, accountId, rejectedToken: null), cancellationToken).ConfigureAwait(false));

    public override async ValueTask<string?> RenewAsync(string rejectedToken, CancellationToken cancellationToken)
    {
        var token = Checked(await provider.GetTokenAsync(new MasivoTokenRequestContext(clientName, accountId, rejectedToken), cancellationToken).ConfigureAwait(false));
        return string.Equals(token, rejectedToken, StringComparison.Ordinal) ? null : token;
    }

    public override string ToString() => nameof(ProviderAccessTokenSource);

    private string Checked(string? token) =>
        string.IsNullOrWhiteSpace(token) ? throw new MasivoException($"The IMasivoTokenProvider {provider.GetType().Name} returned no token; nothing was sent.")
        : !HeaderValues.IsSafe(token) ? throw new MasivoException($"The IMasivoTokenProvider {provider.GetType().Name} returned a token with a character an HTTP header cannot carry (a space, a line break, a control or non-ASCII character); nothing was sent.")
        : token;
}
