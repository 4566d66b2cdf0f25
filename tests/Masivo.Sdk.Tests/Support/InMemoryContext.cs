using Masivo.Sdk.Internal;

namespace Masivo.Sdk.Tests.Support;

/// <summary>A client context whose HTTP clients answer from a delegate in memory: the SDK's own request building and reading, no network.</summary>
internal static class InMemoryContext
{
    public static MasivoClientContext Create(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer, MasivoClientOptions? options = null) =>
        new(options ?? new MasivoClientOptions { AccessToken = "t", MigrationRequestInterval = TimeSpan.Zero }, TimeProvider.System)
        {
            CreateHttpClient = _ => new HttpClient(new Answering(answer)) { BaseAddress = new Uri("http://masivo.test/api/storefront/v1/") },
        };

    /// <summary>A context that sends migration batches to <paramref name="send"/>: the batch's body and its <c>x-timezone</c>.</summary>
    public static MasivoClientContext ForMigrations(Func<HttpContent, string?, CancellationToken, Task<HttpResponseMessage>> send) =>
        Create((request, token) => send(
            request.Content!,
            request.Headers.TryGetValues("x-timezone", out var zone) ? zone.First() : null,
            token));

    private sealed class Answering(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => answer(request, cancellationToken);
    }
}
