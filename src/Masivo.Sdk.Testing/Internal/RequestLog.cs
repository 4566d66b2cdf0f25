using System.Collections.Concurrent;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>Every request received, in order, with a way to wait for more to arrive.</summary>
internal sealed class RequestLog
{
    private readonly ConcurrentQueue<FakeServerRequest> _requests = new();
    private TaskCompletionSource _arrived = NewSignal();

    public IReadOnlyList<FakeServerRequest> Snapshot() => _requests.ToArray();

    public void Add(FakeServerRequest request)
    {
        _requests.Enqueue(request);
        Interlocked.Exchange(ref _arrived, NewSignal()).TrySetResult();
    }

    public void Clear() => _requests.Clear();

    public async Task<IReadOnlyList<FakeServerRequest>> WaitForAsync(FakeRoute route, int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            var signal = Volatile.Read(ref _arrived).Task;
            var matching = _requests.Where(request => request.Route == route).ToList();
            if (matching.Count >= count)
            {
                return matching;
            }

            try
            {
                await signal.WaitAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"Waited {timeout.TotalSeconds:0.###} s for {count} {route} request(s), but {matching.Count} arrived. "
                    + $"Received: {string.Join(", ", _requests.Select(request => request.ToString()))}.");
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
