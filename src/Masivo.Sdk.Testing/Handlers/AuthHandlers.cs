using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Testing.Internal;

/// <summary><see cref="FakeRoute.Authorize"/>, and the bearer-token check every other route goes through.</summary>
internal sealed class AuthHandlers(MasivoFakeServerOptions options, TokenIssuer tokens) : IFakeHandlers
{
    /// <inheritdoc/>
    public IReadOnlyDictionary<FakeRoute, RequestDelegate> Routes => new Dictionary<FakeRoute, RequestDelegate>
    {
        [FakeRoute.Authorize] = FakeEndpoint.Handle(Authorize),
    };

    /// <summary>Exchanges the <c>x-api-key</c> header for a token.</summary>
    public IResult Authorize(HttpContext context) =>
        context.Request.Headers["x-api-key"].ToString() == options.ApiKey
            ? FakeResults.Data(tokens.Issue(), FakeJsonContext.Default.FakeEnvelopeString)
            : FakeResults.Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Invalid API key");

    /// <summary>Answers 401 to a request under the API's base path without a valid bearer token, as Masivo does; <see cref="FakeRoute.Authorize"/> needs none.</summary>
    public static async Task RequireBearerTokenAsync(HttpContext context, RequestDelegate next, TokenIssuer tokens, string basePath)
    {
        if (FakeRoutes.Of(context) == FakeRoute.Authorize || !context.Request.Path.StartsWithSegments(basePath))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : null;
        var details = tokens.Check(token) switch
        {
            TokenCheck.Valid => null,
            TokenCheck.Missing => "Missing bearer token",
            TokenCheck.Expired => "Token expired",
            _ => "Invalid token",
        };

        if (details is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        await FakeResults.Error(StatusCodes.Status401Unauthorized, "Unauthorized", details).ExecuteAsync(context).ConfigureAwait(false);
    }
}
