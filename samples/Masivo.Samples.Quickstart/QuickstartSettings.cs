using Masivo.Sdk;

namespace Masivo.Samples.Quickstart;

/// <summary>Where the quickstart runs: the real API when credentials are in the environment, the embedded fake otherwise.</summary>
internal sealed record QuickstartSettings(MasivoClientOptions? RealApi, string? CouponCode)
{
    public static QuickstartSettings FromEnvironment()
    {
        var apiKey = Environment.GetEnvironmentVariable("MASIVO_API_KEY");
        var accessToken = Environment.GetEnvironmentVariable("MASIVO_ACCESS_TOKEN");
        var coupon = Environment.GetEnvironmentVariable("MASIVO_COUPON_CODE");
        if (string.IsNullOrWhiteSpace(apiKey) && string.IsNullOrWhiteSpace(accessToken))
        {
            return new QuickstartSettings(null, coupon);
        }

        var options = new MasivoClientOptions
        {
            ApiKey = string.IsNullOrWhiteSpace(apiKey) ? null : apiKey,
            AccessToken = string.IsNullOrWhiteSpace(apiKey) ? accessToken : null,
            AccountId = Environment.GetEnvironmentVariable("MASIVO_ACCOUNT_ID"),
            TimeZone = Environment.GetEnvironmentVariable("MASIVO_TIMEZONE") ?? "UTC",
        };
        if (Environment.GetEnvironmentVariable("MASIVO_BASE_ADDRESS") is { Length: > 0 } baseAddress)
        {
            options.BaseAddress = new Uri(baseAddress);
        }

        return new QuickstartSettings(options, coupon);
    }
}
