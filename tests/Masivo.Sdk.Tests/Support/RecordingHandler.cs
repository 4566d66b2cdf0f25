using System.Collections.Concurrent;

namespace Masivo.Sdk.Tests.Support;

/// <summary>What a user's handler saw of one attempt: the request as it left and the status of the raw answer.</summary>
internal sealed record SeenRequest(string Handler, string Path, IReadOnlyDictionary<string, string> Headers, int? StatusCode)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>A user's handler, as a test installs one: it records every request it passes on, and the answer.</summary>
internal sealed class RecordingHandler(ConcurrentQueue<SeenRequest> seen, string name = "") : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
            return response;
        }
        finally
        {
            seen.Enqueue(new SeenRequest(name, request.RequestUri!.AbsolutePath, headers, response is null ? null : (int)response.StatusCode));
        }
    }
}
