using Masivo.Sdk.Serialization;
using Refit;

namespace Masivo.Sdk.Http;

/// <summary>
/// Refit settings built from the source-generated context (so its naming and converters always
/// apply) whose exception factories produce the SDK's exceptions at the source.
/// </summary>
internal static class MasivoRefitSettings
{
    public static RefitSettings Create(TimeProvider timeProvider)
    {
        var settings = RefitSettings.ForJsonContext(MasivoJsonContext.Default);
        settings.ExceptionFactory = response => ApiErrorFactory.FromResponseAsync(response, timeProvider);
        settings.DeserializationExceptionFactory = (response, exception) => ValueTask.FromResult<Exception?>(
            new MasivoInvalidResponseException(
                $"Masivo answered {(int)response.StatusCode} to {MasivoOperation.Of(response.RequestMessage)?.Route ?? "the request"} with a body the SDK could not read: {exception.Message}",
                exception)
            {
                StatusCode = (int)response.StatusCode,
                Operation = MasivoOperation.Of(response.RequestMessage)?.Name,
            });
        settings.TransportExceptionFactory = (request, exception, cancellationToken) =>
            MasivoExceptionMapper.Map(exception, MasivoOperation.Of(request), cancellationToken);
        return settings;
    }
}
