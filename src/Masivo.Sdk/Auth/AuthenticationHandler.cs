using System.Net;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Puts the bearer token on every attempt and, when Masivo answers 401 and a new token can be had,
/// sends the attempt once more with it (a 401 was not processed). It sits inside the resilience
/// handler, so a retry carries the token current at that moment.
/// </summary>
internal sealed class AuthenticationHandler(AccessTokenSource tokens, ClientSecrets secrets) : DelegatingHandler
{
    private const string AuthorizationHeader = "Authorization";

    // The last token and its header value, so a token in use is not concatenated again on every attempt.
    private BearerHeader? _bearer;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.Set(ClientSecrets.RequestOption, secrets);
        var token = tokens.GetTokenAsync(cancellationToken);
        if (!tokens.CanRenew && token.IsCompletedSuccessfully)
        {
            // Nothing to renew after a 401, so nothing to wait for here.
            SetBearer(request, token.Result);
            return base.SendAsync(request, cancellationToken);
        }

        return SendRenewingOnUnauthorizedAsync(request, token, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendRenewingOnUnauthorizedAsync(HttpRequestMessage request, ValueTask<string> pendingToken, CancellationToken cancellationToken)
    {
        var token = await pendingToken.ConfigureAwait(false);
        SetBearer(request, token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

        // A 401 means the call was not processed: repeat it once with a fresh token, when one can be had.
        if (response.StatusCode == HttpStatusCode.Unauthorized
            && await tokens.RenewAsync(token, cancellationToken).ConfigureAwait(false) is { } renewed)
        {
            response.Dispose();
            SetBearer(request, renewed);
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    private void SetBearer(HttpRequestMessage request, string token)
    {
        var bearer = Volatile.Read(ref _bearer);
        if (bearer is null || !ReferenceEquals(bearer.Token, token))
        {
            bearer = new BearerHeader(token, "Bearer " + token);
            Volatile.Write(ref _bearer, bearer);
            secrets.RememberToken(token);
        }

        request.Headers.Remove(AuthorizationHeader);
        request.Headers.TryAddWithoutValidation(AuthorizationHeader, bearer.Value);
    }

    private sealed class BearerHeader(string token, string value)
    {
        public string Token { get; } = token;

        public string Value { get; } = value;
    }
}
