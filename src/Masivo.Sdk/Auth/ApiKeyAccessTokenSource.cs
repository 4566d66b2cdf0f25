
namespace Masivo.Sdk.Internal;

/// <summary>
/// Exchanges the API key for a bearer token and keeps it until <see cref="MasivoClientOptions.TokenRefreshMargin"/>
/// before its <c>exp</c> (55 minutes when it has none). One exchange at a time, shared by every caller
/// waiting for it; a failed exchange fails those callers and is not cached. When the configured key
/// changes (a rotation), the token obtained with the old key is dropped and the new key exchanged.
/// </summary>
internal sealed class ApiKeyAccessTokenSource(MasivoClientContext context, TimeSpan refreshMargin) : AccessTokenSource
{
    private static readonly TimeSpan LifetimeWithoutExpiry = TimeSpan.FromMinutes(55);

    private readonly object _gate = new();
    private CachedToken? _current;
    private Task<CachedToken>? _refresh;

    public override ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && IsUsable(current))
        {
            return ValueTask.FromResult(current.Token);
        }

        return new ValueTask<string>(WaitForRefreshAsync(cancellationToken));
    }

    public override ValueTask<string?> RenewAsync(string rejectedToken, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_current?.Token == rejectedToken)
            {
                _current = null;
            }
        }

        return RenewedAsync(rejectedToken, cancellationToken);
    }

    public override string ToString() => nameof(ApiKeyAccessTokenSource);

    private async Task<string> WaitForRefreshAsync(CancellationToken cancellationToken)
    {
        Task<CachedToken> refresh;
        lock (_gate)
        {
            if (_current is { } current && IsUsable(current))
            {
                return current.Token;
            }

            // The exchange is not tied to one caller's token: a caller that gives up must not fail the others.
            refresh = _refresh ??= Task.Run(ExchangeAsync, CancellationToken.None);
        }

        return (await refresh.WaitAsync(cancellationToken).ConfigureAwait(false)).Token;
    }

    /// <summary>Fresh enough, and obtained with the key configured now.</summary>
    private bool IsUsable(CachedToken token) =>
        context.TimeProvider.GetUtcNow() < token.RefreshAt && string.Equals(token.ApiKey, context.Live.Current.ApiKey, StringComparison.Ordinal);

    private async Task<CachedToken> ExchangeAsync()
    {
        var apiKey = context.Live.Current.ApiKey;
        try
        {
            if (string.IsNullOrWhiteSpace(apiKey))
            {
                throw new InvalidOperationException("The configuration no longer sets ApiKey; switching credential kinds needs a new client.");
            }

            var token = await EndpointCall.SendAsync(context, AuthEndpoints.Authorize, apiKey, batch: null, CancellationToken.None).ConfigureAwait(false);

            if (!HeaderValues.IsSafe(token))
            {
                throw new MasivoInvalidResponseException(
                    "Masivo's auth/authorize answered a token with a character an HTTP header cannot carry; it was not used and no call was made with it.",
                    innerException: null)
                {
                    StatusCode = 200,
                    Operation = AuthEndpoints.Authorize.Name,
                };
            }

            var cached = new CachedToken(token, RefreshTime(token), apiKey);
            lock (_gate)
            {
                _current = cached;
            }

            CountRefresh("success");
            MasivoLog.TokenRefreshed(context.Telemetry.Logger, cached.RefreshAt);
            return cached;
        }
        catch (Exception exception)
        {
            CountRefresh("failure");
            MasivoLog.TokenRefreshFailed(context.Telemetry.Logger, exception.GetType().Name, (exception as MasivoApiException)?.StatusCode);
            throw;
        }
        finally
        {
            lock (_gate)
            {
                _refresh = null;
            }
        }
    }

    private async ValueTask<string?> RenewedAsync(string rejectedToken, CancellationToken cancellationToken)
    {
        var token = await GetTokenAsync(cancellationToken).ConfigureAwait(false);
        return string.Equals(token, rejectedToken, StringComparison.Ordinal) ? null : token;
    }

    private void CountRefresh(string outcome)
    {
        MasivoDiagnostics.TokenRefreshes.Add(1, context.Telemetry.Tags(AuthEndpoints.Authorize, outcome));
    }

    private DateTimeOffset RefreshTime(string token)
    {
        var now = context.TimeProvider.GetUtcNow();
        if (JwtExpiry.Read(token) is not { } expiry)
        {
            return now + LifetimeWithoutExpiry;
        }

        var refreshAt = expiry - refreshMargin;

        // A token that lives less than the margin is still used for half its remaining life.
        return refreshAt > now ? refreshAt : now + ((expiry - now) / 2);
    }

    // Not a record: a generated ToString would print the token.
    private sealed class CachedToken(string token, DateTimeOffset refreshAt, string apiKey)
    {
        public string Token { get; } = token;

        public DateTimeOffset RefreshAt { get; } = refreshAt;

        /// <summary>Gets the key the token was obtained with: a rotated key makes the token stale.</summary>
        public string ApiKey { get; } = apiKey;
    }
}
