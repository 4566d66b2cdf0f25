using System.Net;
using System.Net.Http.Headers;
using Masivo.Sdk.Auth;

namespace Masivo.Sdk.Http;

/// <summary>
/// Puts the bearer token, <c>x-account-id</c> and <c>x-timezone</c> on every attempt. It sits inside
/// the resilience handler, so a retry carries the token that is current at that moment.
/// </summary>
internal sealed class MasivoHeadersHandler(AccessTokenSource tokens, string? accountId, string timeZone) : DelegatingHandler
{
    public const string AccountIdHeader = "x-account-id";
    public const string TimeZoneHeader = "x-timezone";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (accountId is not null && !request.Headers.Contains(AccountIdHeader))
        {
            request.Headers.TryAddWithoutValidation(AccountIdHeader, accountId);
        }

        // A migration may set its own time zone; the client's default applies otherwise.
        if (!request.Headers.Contains(TimeZoneHeader))
        {
            request.Headers.TryAddWithoutValidation(TimeZoneHeader, timeZone);
        }

        var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

        // A 401 means the call was not processed: repeat it once with a fresh token, when one can be had.
        if (response.StatusCode == HttpStatusCode.Unauthorized
            && await tokens.RenewAsync(token, cancellationToken).ConfigureAwait(false) is { } renewed)
        {
            response.Dispose();
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", renewed);
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }
}
