using Refit;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Refit settings built from the source-generated context (so its naming and converters always
/// apply). Refit builds and sends requests; answers come back as <see cref="HttpResponseMessage"/> and
/// are read by <see cref="ResponseReader"/>, so only transport failures need a factory here.
/// </summary>
internal static class MasivoRefitSettings
{
    public static RefitSettings Shared { get; } = Create();

    private static RefitSettings Create()
    {
        var settings = RefitSettings.ForJsonContext(MasivoJsonContext.Default);

        // Bodies are serialized once, when the request is built, and sent with a Content-Length: no
        // chunked upload, a retry resends the same bytes, and no streaming wrapper runs per request.
        settings.RequestBodySerialization = RequestBodySerializationMode.Buffered;
        settings.TransportExceptionFactory = (request, exception, cancellationToken) =>
            MasivoExceptionMapper.Map(exception, MasivoEndpoint.Of(request), cancellationToken);
        return settings;
    }
}
