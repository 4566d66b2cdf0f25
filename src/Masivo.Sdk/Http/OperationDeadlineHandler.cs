namespace Masivo.Sdk.Http;

/// <summary>
/// Stamps each request, before the resilience pipeline, with the moment its
/// <see cref="MasivoClientOptions.TotalTimeout"/> runs out, so a retry is not scheduled for a
/// <c>Retry-After</c> the operation could never wait for.
/// </summary>
internal sealed class OperationDeadlineHandler(TimeSpan totalTimeout, TimeProvider timeProvider) : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<DateTimeOffset> Key = new("Masivo.Sdk.Deadline");

    public static TimeSpan? Remaining(HttpRequestMessage? request, TimeProvider timeProvider) =>
        request is not null && request.Options.TryGetValue(Key, out var deadline) ? deadline - timeProvider.GetUtcNow() : null;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.Set(Key, timeProvider.GetUtcNow() + totalTimeout);
        return base.SendAsync(request, cancellationToken);
    }
}
