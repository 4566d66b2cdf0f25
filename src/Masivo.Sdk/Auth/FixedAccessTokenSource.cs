namespace Masivo.Sdk.Auth;

/// <summary>A token configured in <see cref="MasivoClientOptions.AccessToken"/>: never refreshed.</summary>
internal sealed class FixedAccessTokenSource(string token) : AccessTokenSource
{
    public override ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);

    public override bool Invalidate(string rejectedToken) => false;
}
