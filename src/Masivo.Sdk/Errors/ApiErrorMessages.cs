using System.Globalization;
using System.Net;
using System.Text;

namespace Masivo.Sdk.Internal;

/// <summary>Writes the message of an API error: what Masivo said, and what the caller can do about it.</summary>
internal static class ApiErrorMessages
{
    public static string Describe(HttpStatusCode statusCode, MasivoEndpoint? operation, ApiErrorInfo info)
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

    /// <summary>The endpoint's own advice for the status, else the advice every endpoint shares.</summary>
    private static string Advice(ApiErrorInfo info, MasivoEndpoint? operation) => operation?.AdviceFor(info.StatusCode) ?? info.StatusCode switch
    {
        >= 300 and < 400 => "Masivo answered with a redirect, which the SDK never follows (it could carry the credentials to another host): check BaseAddress (its scheme, host and path, with the trailing slash).",
        400 => "Check the request fields named in the details.",
        401 => "Masivo refused the bearer token, and a new one (where one could be had) was refused too: the key or token may be revoked or expired, or belong to another account.",
        403 => "The credentials are not allowed to do this: check that the key is a SERVER key of this account.",
        404 => "The customer or resource does not exist.",
        409 => "It already exists.",
        422 => "A record is invalid: fix it and send it again.",
        429 => info.RetryAfter is { } wait
            ? string.Create(CultureInfo.InvariantCulture, $"Rate limit reached: retry after {wait.TotalSeconds:0.#} s.")
            : "Rate limit reached: retry later.",
        408 => operation is { IsIdempotent: false }
            ? "Masivo timed out waiting for the request; it may or may not have been processed, so check before repeating it."
            : "Masivo timed out waiting for the request; retry later.",
        >= 500 => operation is { IsIdempotent: false }
            ? "Masivo had a server error; the call may or may not have been processed, so check before repeating it."
            : "Masivo had a server error; retry later.",
        _ => "See the details.",
    };
}
