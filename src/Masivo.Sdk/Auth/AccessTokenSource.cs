namespace Masivo.Sdk.Internal;

/// <summary>Supplies the bearer token the pipeline puts on each attempt.</summary>
internal abstract class AccessTokenSource
{
    /// <summary>Gets a value indicating whether <see cref="RenewAsync"/> can ever give another token.</summary>
    public virtual bool CanRenew => true;

    /// <summary>Gets a token that is valid now.</summary>
    public abstract ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>Gets a token other than <paramref name="rejectedToken"/>, which Masivo just refused.</summary>
    /// <returns>The new token, or <see langword="null"/> when no other token can be had.</returns>
    public abstract ValueTask<string?> RenewAsync(string rejectedToken, CancellationToken cancellationToken);
}
