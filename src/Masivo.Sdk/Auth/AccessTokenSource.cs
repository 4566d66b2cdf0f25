namespace Masivo.Sdk.Auth;

/// <summary>Supplies the bearer token the pipeline puts on each attempt.</summary>
internal abstract class AccessTokenSource
{
    /// <summary>Gets a token that is valid now.</summary>
    public abstract ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>Forgets <paramref name="rejectedToken"/> after Masivo refused it, so the next call gets a new one.</summary>
    /// <returns><see langword="true"/> when a different token can be obtained.</returns>
    public abstract bool Invalidate(string rejectedToken);
}
