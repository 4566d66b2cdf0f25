using Masivo.Sdk.Http;

namespace Masivo.Sdk.Migrations;

/// <summary>Shows every migration answer (each attempt) to the client's <see cref="MigrationPacer"/>.</summary>
internal sealed class MigrationRateLimitHandler(MigrationPacer pacer) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (MasivoOperation.Of(request) is { IsMigration: true })
        {
            pacer.Observe(response);
        }

        return response;
    }
}
