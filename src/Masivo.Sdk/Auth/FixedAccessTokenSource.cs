namespace Masivo.Sdk.Auth;

/// <summary>A token configured in <see cref="MasivoClientOptions.AccessToken"/>: never refreshed.</summary>
internal sealed class FixedAccessTokenSource(string token) : AccessTokenSource
{
    public override bool CanRenew => false;

    public override ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);

    public override ValueTask<string?> RenewAsync(string rejectedToken, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);

    public override string ToString() => nameof(FixedAccessTokenSource);
}
