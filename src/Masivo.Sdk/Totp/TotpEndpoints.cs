using Refit;

namespace Masivo.Sdk.Internal;

/// <summary>
/// The one-time code endpoints, each in one place: its facts (this descriptor table) and, below, the Refit method that
/// builds its request (<see cref="ITotpApi"/>). Neither is repeated after a failure that may hide a success:
/// creating would issue a second code, and verifying uses the code up, so a repeat of a verification Masivo processed
/// could only be refused as "used already".
/// </summary>
internal static class TotpEndpoints
{
    public static readonly MasivoEndpoint<ITotpApi, TotpCodeBody, TotpCode> Create = new(
        "totp.create",
        "POST",
        "auth/totp",
        RetrySafety.OnlyIfNotProcessed,
        EndpointResponse<TotpCode>.Data(MasivoJsonContext.Default.DataEnvelopeTotpCode),
        static (api, body, endpoint, token) => api.CreateAsync(body, endpoint, token))
    {
        ArgumentName = "customerId",
        Validate = static (body, argument) => body.Validate(argument),
        Advice = new Dictionary<int, string> { [404] = "No customer has this id." },
    };

    public static readonly MasivoEndpoint<ITotpApi, string, TotpVerification> Verify = new(
        "totp.verify",
        "GET",
        "auth/totp/verify",
        RetrySafety.OnlyIfNotProcessed,
        EndpointResponse<TotpVerification>.Data(MasivoJsonContext.Default.DataEnvelopeTotpVerification),
        static (api, code, endpoint, token) => api.VerifyAsync(code, endpoint, token))
    {
        ArgumentName = "code",
        Validate = static (code, argument) => QueryValue.Required(code, "code", argument),
        Advice = new Dictionary<int, string>
        {
            [400] = "The code is wrong, expired or used already.",
            [404] = "The code is wrong, expired or used already.",
        },
    };
}

/// <summary>The one-time code endpoints' requests, as Refit builds them; <see cref="TotpEndpoints"/> holds their facts.</summary>
internal interface ITotpApi
{
    [Post("/auth/totp")]
    Task<HttpResponseMessage> CreateAsync(
        [Body] TotpCodeBody body,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);

    [Get("/auth/totp/verify")]
    Task<HttpResponseMessage> VerifyAsync(
        [AliasAs("code")] string code,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);
}
