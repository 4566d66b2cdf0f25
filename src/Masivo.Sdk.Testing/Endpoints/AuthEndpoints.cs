using Masivo.Sdk.Testing.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Masivo.Sdk.Testing.Internal;

/// <summary><c>GET auth/authorize</c>, and the bearer-token check every other route goes through.</summary>
internal static class AuthEndpoints
{
    public const string AuthorizePath = "auth/authorize";

    public static void Map(RouteGroupBuilder api, MasivoFakeServerOptions options, TokenIssuer tokens)
    {
        api.MapGet(AuthorizePath, FakeEndpoint.Handle((HttpContext context) =>
            context.Request.Headers["x-api-key"].ToString() == options.ApiKey
                ? FakeResults.Data(tokens.Issue(), FakeJsonContext.Default.FakeEnvelopeString)
                : FakeResults.Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Invalid API key")));
    }

    /// <summary>Answers 401 to a request without a valid bearer token, as Masivo does.</summary>
    public static async Task RequireBearerTokenAsync(HttpContext context, RequestDelegate next, TokenIssuer tokens, string basePath)
    {
        if (context.Request.Path.Value?.EndsWith("/" + AuthorizePath, StringComparison.Ordinal) == true
            || context.Request.Path.StartsWithSegments(basePath) == false)
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
