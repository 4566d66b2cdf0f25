namespace Masivo.Sdk.Internal;

/// <summary>
/// Puts <c>x-account-id</c> and <c>x-timezone</c> on every attempt, as configured at that moment
/// (a migration may set its own time zone on the request).
/// </summary>
internal sealed class MasivoHeadersHandler(LiveClientSettings live) : DelegatingHandler
{
    public const string AccountIdHeader = "x-account-id";
    public const string TimeZoneHeader = "x-timezone";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Values validated with the options (and again on every reload): safe to add as they are.
        var settings = live.Current;
        if (settings.AccountId is { } accountId && !request.Headers.Contains(AccountIdHeader))
        {
            request.Headers.TryAddWithoutValidation(AccountIdHeader, accountId);
        }

        if (!request.Headers.Contains(TimeZoneHeader))
        {
            request.Headers.TryAddWithoutValidation(TimeZoneHeader, settings.TimeZone);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
