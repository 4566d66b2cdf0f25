using System.Globalization;
using System.Net;
using System.Text;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk.Internal;

/// <summary>Writes the message of an API error: what Masivo said, and what the caller can do about it.</summary>
internal static class ApiErrorMessages
{
    public static string Describe(HttpStatusCode statusCode, MasivoOperation? operation, ApiErrorInfo info)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Masivo answered {info.StatusCode} ({statusCode})");
        if (operation is not null)
        {
            text.Append(" to ").Append(operation.Route);
        }

        if (info.Error is not null || info.Details is not null)
        {
            text.Append(": ").Append(info.Error ?? "error");
            if (info.Details is not null)
            {
                text.Append(" - ").Append(info.Details);
            }
        }

        text.Append('.');
        if (info.Requirement is not null)
        {
            text.Append(" Requirement not met: ").Append(info.Requirement).Append('.');
        }

        text.Append(' ').Append(Advice(info, operation));
        return text.ToString();
    }

    private static string Advice(ApiErrorInfo info, MasivoOperation? operation) => info.StatusCode switch
    {
        400 when operation == MasivoOperation.RedeemCoupon => "Check the coupon code, the customer and the campaign's conditions.",
        400 => "Check the request fields named in the details.",
        401 or 403 when operation == MasivoOperation.Authorize =>
            "Masivo refused the API key: it is wrong or has been revoked, or it is not a SERVER key. Check MasivoClientOptions.ApiKey.",
        401 => "Masivo refused the bearer token, and a new one (where one could be had) was refused too: the key or token may be revoked or expired, or belong to another account.",
        403 => "The credentials are not allowed to do this: check that the key is a SERVER key of this account.",
        404 when operation == MasivoOperation.RedeemCoupon => "The customer, coupon or reward does not exist.",
        404 => "The customer or resource does not exist.",
        409 => "It already exists (for a customer, the id is taken).",
        422 => "A record is invalid: fix it and send it again.",
        429 => info.RetryAfter is { } wait
            ? string.Create(CultureInfo.InvariantCulture, $"Rate limit reached: retry after {wait.TotalSeconds:0.#} s.")
            : "Rate limit reached: retry later.",
        >= 500 => operation is { IsIdempotent: false }
            ? "Masivo had a server error; the call may or may not have been processed, so check before repeating it."
            : "Masivo had a server error; retry later.",
        _ => "See the details.",
    };
}
