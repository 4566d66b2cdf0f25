using Microsoft.Extensions.Logging;

namespace Masivo.Sdk.Internal;

/// <summary>
/// The one path every call takes: checks the arguments (nothing is sent when they are wrong), sends the
/// request through the endpoint's Refit method with the endpoint attached, reads the answer as the
/// endpoint says, maps any failure to the SDK's exceptions, and traces, times and logs the call.
/// </summary>
internal static class EndpointCall
{
    /// <summary>Checks the arguments as the endpoint says, naming the public method's parameter.</summary>
    public static void Validate<TApi, TArgs, TResult>(MasivoEndpoint<TApi, TArgs, TResult> endpoint, TArgs args)
        where TApi : class
        where TResult : class
    {
        if (args is null)
        {
            throw new ArgumentNullException(endpoint.ArgumentName);
        }

        endpoint.Validate(args, endpoint.ArgumentName);
    }

    /// <summary>Runs one call of <paramref name="endpoint"/>, after checking <paramref name="args"/>.</summary>
    public static Task<TResult> RunAsync<TApi, TArgs, TResult>(
        MasivoClientContext context,
        MasivoEndpoint<TApi, TArgs, TResult> endpoint,
        TArgs args,
        CancellationToken cancellationToken)
        where TApi : class
        where TResult : class
    {
        Validate(endpoint, args);
        endpoint.ValidateAt?.Invoke(args, endpoint.ArgumentName, context.TimeProvider.GetUtcNow());
        return SendAsync(context, endpoint, args, batch: null, cancellationToken);
    }

    /// <summary>Sends arguments already checked; a migration batch says which batch it is.</summary>
    public static async Task<TResult> SendAsync<TApi, TArgs, TResult>(
        MasivoClientContext context,
        MasivoEndpoint<TApi, TArgs, TResult> endpoint,
        TArgs args,
        BatchInfo? batch,
        CancellationToken cancellationToken)
        where TApi : class
        where TResult : class
    {
        var telemetry = context.Telemetry;
        // The fields searched by are named only in a debug log: not worked out unless it is written.
        var queryFields = endpoint.QueryFields is { } fields && telemetry.Logger.IsEnabled(LogLevel.Debug) ? fields(args) : null;
        var trace = telemetry.StartOperation(endpoint, queryFields, batch?.Index, batch?.RecordCount);
        try
        {
            TResult? result;
            var statusCode = 0;
            try
            {
                using var response = await endpoint.Send(context.Api<TApi>(), args, endpoint, cancellationToken).ConfigureAwait(false);
                statusCode = (int)response.StatusCode;
                await ResponseReader.ThrowIfFailedAsync(response, context.TimeProvider).ConfigureAwait(false);
                var answer = endpoint.Response;

                // The pipeline has parsed the body inside the attempt (ResponseReadingHandler); it is parsed here
                // only when something replaced that answer on its way out.
                if (answer.Parse is { } parse)
                {
                    if (!answer.Take!(response.Content, out result))
                    {
                        await parse(response, endpoint, cancellationToken).ConfigureAwait(false);
                        answer.Take(response.Content, out result);
                    }
                }
                else
                {
                    result = answer.Nothing;
                }
            }
            catch (UnexpectedAnswerException unexpected)
            {
                throw Invalid(endpoint, statusCode, unexpected.Message);
            }
            catch (Exception exception) when (exception is not MasivoException && !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                throw MasivoExceptionMapper.Map(exception, endpoint, cancellationToken);
            }

            var checkedResult = Check(endpoint, result, statusCode);
            trace.Succeeded(statusCode);
            return checkedResult;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            trace.Cancelled();
            throw;
        }
        catch (MasivoRateLimitException limited) when (endpoint.IsMigration)
        {
            // The migration engine waits out its 429s: a handled wait, not a failure.
            trace.RateLimited(limited);
            throw;
        }
        catch (Exception exception)
        {
            trace.Failed(exception);
            throw;
        }
    }

    /// <summary>A success without a value (or with a blank string) is an invalid response, as is a null where an object belongs.</summary>
    private static T Check<T>(MasivoEndpoint endpoint, T? result, int statusCode)
        where T : class
    {
        if (result is null || (result is string text && string.IsNullOrWhiteSpace(text)))
        {
            var what = endpoint.Shape == ResponseShape.Bare ? "no body" : "no \"data\"";
            throw Invalid(endpoint, statusCode, $"with success but {what}; the call may have succeeded.");
        }

        var root = endpoint.Shape == ResponseShape.Bare ? "$" : "data";
        if (ModelGraph.FindNullElement(result, root) is { } path)
        {
            throw Invalid(endpoint, statusCode, $"with a null at {path}, where an object belongs; the call may have succeeded.");
        }

        return result;
    }

    private static MasivoInvalidResponseException Invalid(MasivoEndpoint endpoint, int statusCode, string what) =>
        new($"Masivo answered {statusCode} to {endpoint.Route} {what}", innerException: null)
        {
            StatusCode = statusCode,
            Operation = endpoint.Name,
        };
}

/// <summary>Which migration batch a call sends, for its trace and log.</summary>
internal readonly record struct BatchInfo(int Index, int RecordCount);
