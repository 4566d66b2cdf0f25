using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Masivo.Sdk.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Masivo.Sdk.Tests.Support;

/// <summary>A received migration request and what it held.</summary>
internal sealed record SinkRequest(int Number, string Path, IReadOnlyList<string> Ids, IReadOnlyDictionary<string, string> Headers);

/// <summary>What the sink answers to one migration request.</summary>
internal sealed record SinkAnswer(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static SinkAnswer Ok { get; } = new(200, """{"data":{"message":"batch enqueued successfully"}}""");

    public static SinkAnswer Error(int status) => new(status, """{"error":"Rejected","details":"batch rejected"}""");
}

/// <summary>
/// A Masivo stand-in for migrations on a real loopback server: each answer is decided by test code,
/// every request is recorded with the ids it carried, and the client runs on a fake clock.
/// </summary>
internal sealed class MigrationSink : IAsyncDisposable
{
    private readonly ConcurrentQueue<SinkRequest> _requests = new();
    private readonly ConcurrentQueue<DateTimeOffset> _sendTimes = new();
    private KestrelStub _stub = null!;
    private ServiceProvider _services = null!;
    private int _count;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));

    public MasivoClient Client { get; private set; } = null!;

    public IReadOnlyList<SinkRequest> Requests => _requests.OrderBy(r => r.Number).ToList();

    /// <summary>
    /// Gets when each attempt left the client, by its fake clock, recorded innermost in its pipeline:
    /// accurate to one clock step, unlike arrival times, which move with the clock while in flight.
    /// </summary>
    public IReadOnlyList<DateTimeOffset> SendTimes => _sendTimes.ToList();

    public static async Task<MigrationSink> StartAsync(Func<SinkRequest, Task<SinkAnswer>> answer, Action<MasivoClientOptions>? configure = null)
    {
        var sink = new MigrationSink();
        sink._stub = await KestrelStub.StartAsync(async context =>
        {
            var body = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync())!.AsObject();
            var records = (body["contacts"] ?? body["customers"])!.AsArray();
            var ids = records.Select(r => (r!["external_id"] ?? r["id"])!.GetValue<string>()).ToList();
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var request = new SinkRequest(Interlocked.Increment(ref sink._count), context.Request.Path, ids, headers);
            sink._requests.Enqueue(request);
            var reply = await answer(request);
            context.Response.StatusCode = reply.Status;
            foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(reply.Body);
        });

        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(sink.Time)
            .AddMasivoClient(options =>
            {
                options.BaseAddress = sink._stub.BaseAddress;
                options.AccessToken = "t";
                options.AccountId = "a";
                options.RetryDelay = TimeSpan.FromMilliseconds(1);
                options.MigrationRequestInterval = TimeSpan.Zero;
                configure?.Invoke(options);
            })
            .AddHttpMessageHandler(() => new SendTimeRecorder(sink.Time, sink._sendTimes), MasivoHttpClients.Api)
            .Services;
        sink._services = services.BuildServiceProvider();
        sink.Client = sink._services.GetRequiredService<MasivoClient>();
        return sink;
    }

    public static Task<MigrationSink> StartAsync(Func<SinkRequest, SinkAnswer> answer, Action<MasivoClientOptions>? configure = null) =>
        StartAsync(request => Task.FromResult(answer(request)), configure);

    /// <summary>Moves the fake clock forward in steps until <paramref name="task"/> completes.</summary>
    public async Task<T> RunAsync<T>(Task<T> task, TimeSpan? step = null)
    {
        for (var i = 0; !task.IsCompleted && i < 20_000; i++)
        {
            Time.Advance(step ?? TimeSpan.FromMilliseconds(500));
            await Task.Delay(2);
        }

        return await task;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _stub.DisposeAsync();
    }
}

internal sealed class SendTimeRecorder(TimeProvider time, ConcurrentQueue<DateTimeOffset> times) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        times.Enqueue(time.GetUtcNow());
        return base.SendAsync(request, cancellationToken);
    }
}
