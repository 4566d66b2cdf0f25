using Masivo.Sdk;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Masivo.Samples.WebApi;

/// <summary>
/// Turns the SDK's exceptions into problem responses: what the shopper can fix stays a 4xx with
/// Masivo's reason; what only operators can fix (credentials, outages) becomes a 502/503/504
/// without Masivo's internals.
/// </summary>
internal sealed class MasivoProblemHandler(IProblemDetailsService problems, ILogger<MasivoProblemHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ArgumentException invalid => Problem(400, "Invalid request", invalid.Message),
            MasivoAuthenticationException => Problem(502, "Loyalty service unavailable", "The shop's loyalty account is misconfigured."),
            MasivoRateLimitException limited => Problem(503, "Loyalty service busy", "Try again shortly.", limited.RetryAfter),
            MasivoApiException { StatusCode: 400 or 404 or 409 or 422 } api => Problem(api.StatusCode == 400 ? 422 : api.StatusCode, api.Error ?? "Refused", api.Details ?? api.Requirement),
            MasivoApiException => Problem(502, "Loyalty service error", "The loyalty service failed; nothing to fix on your side."),
            MasivoCircuitOpenException open => Problem(503, "Loyalty service unavailable", "Try again shortly.", open.RetryAfter),
            MasivoTimeoutException => Problem(504, "Loyalty service timed out", "The operation may have completed; check before retrying."),
            MasivoException => Problem(503, "Loyalty service unreachable", "Try again shortly."),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        logger.LogWarning("Masivo call failed: {ErrorType}", exception.GetType().Name);
        context.Response.StatusCode = problem.Value.Details.Status!.Value;
        if (problem.Value.RetryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem.Value.Details, Exception = exception });
    }

    private static (ProblemDetails Details, TimeSpan? RetryAfter)? Problem(int status, string title, string? detail, TimeSpan? retryAfter = null) =>
        (new ProblemDetails { Status = status, Title = title, Detail = detail }, retryAfter);
}
