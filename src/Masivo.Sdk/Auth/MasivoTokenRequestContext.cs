namespace Masivo.Sdk;

/// <summary>Describes a request for a token made to an <see cref="IMasivoTokenProvider"/>.</summary>
public readonly struct MasivoTokenRequestContext : IEquatable<MasivoTokenRequestContext>
{
    /// <summary>Initializes a new instance of the <see cref="MasivoTokenRequestContext"/> struct.</summary>
    /// <param name="clientName">The name the client was registered with; empty for the default client.</param>
    /// <param name="accountId">The account the client acts for, if configured.</param>
    /// <param name="rejectedToken">The token Masivo just answered 401 to, if any.</param>
    public MasivoTokenRequestContext(string clientName, string? accountId, string? rejectedToken)
    {
        ClientName = clientName ?? string.Empty;
        AccountId = accountId;
        RejectedToken = rejectedToken;
    }

    /// <summary>Gets the name the client was registered with; empty for the default client.</summary>
    public string ClientName { get; }

    /// <summary>Gets the account the client acts for (<see cref="MasivoClientOptions.AccountId"/>), if configured.</summary>
    public string? AccountId { get; }

    /// <summary>Gets the token Masivo just refused with a 401; a new one is wanted. <see langword="null"/> on a normal request.</summary>
    public string? RejectedToken { get; }

    /// <summary>Compares two contexts.</summary>
    /// <param name="left">The first context.</param>
    /// <param name="right">The second context.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(MasivoTokenRequestContext left, MasivoTokenRequestContext right) => left.Equals(right);

    /// <summary>Compares two contexts.</summary>
    /// <param name="left">The first context.</param>
    /// <param name="right">The second context.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(MasivoTokenRequestContext left, MasivoTokenRequestContext right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(MasivoTokenRequestContext other) =>
        string.Equals(ClientName, other.ClientName, StringComparison.Ordinal)
        && string.Equals(AccountId, other.AccountId, StringComparison.Ordinal)
        && string.Equals(RejectedToken, other.RejectedToken, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MasivoTokenRequestContext other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ClientName, AccountId, RejectedToken);

    /// <summary>Describes the request; the rejected token itself is never shown.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"MasivoTokenRequestContext {{ ClientName = {ClientName}, AccountId = {AccountId ?? "(none)"}, RejectedToken = {(RejectedToken is null ? "(none)" : "(redacted)")} }}";
}
