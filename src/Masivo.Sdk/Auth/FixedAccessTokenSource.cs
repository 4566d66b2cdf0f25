namespace Masivo.Sdk.Internal;

/// <summary>
/// A token configured in <see cref="MasivoClientOptions.AccessToken"/>: never refreshed by the SDK, but
/// a new one set in the configuration is used from the next attempt on.
/// </summary>
internal sealed class FixedAccessTokenSource(LiveClientSettings live) : AccessTokenSource
{
    public override bool CanRenew => false;

    public override ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) =>
        live.Current.AccessToken is { Length: > 0 } token
            ? ValueTask.FromResult(token)
            : ValueTask.FromException<string>(new InvalidOperationException("The configuration no longer sets AccessToken; switching credential kinds needs a new client."));

    public override ValueTask<string?> RenewAsync(string rejectedToken, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);

    public override string ToString() => nameof(FixedAccessTokenSource);
}
