using System.Collections.Concurrent;
using Masivo.Sdk.Internal;
using Masivo.Sdk.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Masivo.Sdk.Tests.Endpoints;

/// <summary>
/// Masivo as the endpoint table describes it, on a real loopback server: every request is recorded as it
/// arrives (raw target, headers, body) and answered with the success of the row that sends it, unless a
/// test intercepts it. Clients come from the real container registration, with one extra outermost handler
/// that names, in a header, the descriptor each request carries, so a test can tell which one a public method used.
/// </summary>
internal sealed class EndpointServer : IAsyncDisposable
{
    /// <summary>The header the descriptor's name travels in, from the client's outermost handler to the server.</summary>
    public const string EndpointHeader = "x-test-endpoint";

    /// <summary>The base address's path, which <see cref="RecordedRequest.Target"/> is relative to.</summary>
    public const string BasePath = "/api/storefront/v1/";

    private readonly KestrelStub _stub;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentBag<ServiceProvider> _containers = [];

    private EndpointServer(KestrelStub stub) => _stub = stub;

    /// <summary>Gets every request received, in order of arrival.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Starts a server; <paramref name="intercept"/> may answer a request itself (return a task) or leave it to the table (return <see langword="null"/>).</summary>
    public static async Task<EndpointServer> StartAsync(Func<RecordedRequest, HttpContext, Task?>? intercept = null)
    {
        EndpointServer? server = null;
        var stub = await KestrelStub.StartAsync(async context =>
        {
            var request = await RecordedRequest.ReadAsync(context);
            server!._requests.Enqueue(request);
            await (intercept?.Invoke(request, context) ?? AnswerFromTable(request, context));
        });
        server = new EndpointServer(stub);
        return server;
    }

    /// <summary>How many requests <paramref name="row"/>'s call sent to its route.</summary>
    public int CountOf(EndpointCase row) => _requests.Count(request => request.Sends == row.Sends);

    /// <summary>A client of this server with <paramref name="row"/>'s credential; disposed with the server.</summary>
    public MasivoClient CreateClient(EndpointCase row, Action<MasivoClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddMasivoClient(options =>
        {
            options.BaseAddress = _stub.BaseAddress;
            options.AccountId = EndpointCases.AccountId;
            options.RetryDelay = TimeSpan.FromMilliseconds(1);
            options.MigrationRequestInterval = TimeSpan.Zero;
            if (row.Credential == EndpointCredential.ApiKey)
            {
                options.ApiKey = EndpointCases.ApiKey;
            }
            else
            {
                options.AccessToken = EndpointCases.AccessToken;
            }

            configure?.Invoke(options);
        }).AddHttpMessageHandler(() => new EndpointNamingHandler());
        var container = services.BuildServiceProvider();
        _containers.Add(container);
        return container.GetRequiredService<MasivoClient>();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var container in _containers)
        {
            await container.DisposeAsync();
        }

        await _stub.DisposeAsync();
    }

    /// <summary>Answers a request with the success of the row that sends it; a request no row sends is a 404.</summary>
    public static Task AnswerFromTable(RecordedRequest request, HttpContext context)
    {
        var row = EndpointCases.Sending(request.Method, request.Target);
        return row is null
            ? Write(context, 404, $$"""{"error":"Not Found","details":"No row of the endpoint table sends {{request.Sends}}"}""")
            : Write(context, row.AnswerStatus, row.Answer);
    }

    public static Task Write(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body);
    }

    /// <summary>Names the descriptor a request carries in <see cref="EndpointHeader"/>; outermost, so once per call.</summary>
    private sealed class EndpointNamingHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.TryAddWithoutValidation(EndpointHeader, MasivoEndpoint.Of(request)?.Name ?? "(none)");
            return base.SendAsync(request, cancellationToken);
        }
    }
}

/// <summary>A request as the server received it.</summary>
internal sealed record RecordedRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>Gets the method and target as the endpoint table writes them: <c>GET customers/a%2Fb</c>.</summary>
    public string Sends => $"{Method} {Target}";

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public static async Task<RecordedRequest> ReadAsync(HttpContext context)
    {
        // The target exactly as sent, escapes included (HttpRequest.Path is unescaped).
        var raw = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var target = raw.StartsWith(EndpointServer.BasePath, StringComparison.Ordinal) ? raw[EndpointServer.BasePath.Length..] : raw;
        var headers = context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        return new RecordedRequest(context.Request.Method, target, headers, body);
    }
}
