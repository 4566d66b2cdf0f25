using Masivo.Sdk.Http;

namespace Masivo.Sdk.Migrations;

/// <summary>Shows every migration answer (each attempt) to the client's <see cref="MigrationPacer"/>.</summary>
internal sealed class MigrationRateLimitHandler(MigrationPacer pacer) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        MasivoOperation.Of(request) is { IsMigration: true }
            ? SendObservedAsync(request, cancellationToken)
            : base.SendAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> SendObservedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        pacer.Observe(response);
        return response;
    }
}
