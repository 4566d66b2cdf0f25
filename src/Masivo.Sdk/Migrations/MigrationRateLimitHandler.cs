
namespace Masivo.Sdk.Internal;

/// <summary>Tells the client's <see cref="MigrationPacer"/> when each migration attempt leaves and when its answer arrives, and shows it every answer.</summary>
internal sealed class MigrationRateLimitHandler(MigrationPacer pacer) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        MasivoEndpoint.Of(request) is { IsMigration: true }
            ? SendObservedAsync(request, cancellationToken)
            : base.SendAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> SendObservedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        pacer.MarkSent();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            pacer.Observe(response);
            return response;
        }
        finally
        {
            pacer.MarkAnswered();
        }
    }
}
