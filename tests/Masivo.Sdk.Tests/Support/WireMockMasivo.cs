using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Masivo.Sdk.Tests.Support;

/// <summary>A WireMock server standing in for Masivo, and a client pointed at it through the real DI pipeline.</summary>
internal sealed class WireMockMasivo : IDisposable
{
    public const string BasePath = "/api/storefront/v1";
    public const string Token = "test-bearer-token";
    public const string AccountId = "acct-123";

    private readonly ServiceProvider _services;

    public WireMockMasivo(Action<MasivoClientOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        Server = WireMockServer.Start();
        var collection = new ServiceCollection();
        services?.Invoke(collection);
        collection.AddMasivoClient(options =>
        {
            Configure(options);
            configure?.Invoke(options);
        });
        _services = collection.BuildServiceProvider();
        Client = _services.GetRequiredService<MasivoClient>();
    }

    public WireMockServer Server { get; }

    public MasivoClient Client { get; }

    public IServiceProvider Services => _services;

    public Uri BaseAddress => new(Server.Url + BasePath + "/");

    public IReadOnlyList<ILogEntry> Requests => Server.LogEntries.ToList();

    public void Configure(MasivoClientOptions options)
    {
        options.BaseAddress = BaseAddress;
        options.AccessToken = Token;
        options.AccountId = AccountId;
        options.RetryDelay = TimeSpan.FromMilliseconds(1);
        options.MigrationRequestInterval = TimeSpan.Zero;
    }

    public void Respond(string method, string path, int status, string body, Action<IResponseBuilder>? configure = null)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
        configure?.Invoke(response);
        Server.Given(Request.Create().WithPath(BasePath + path).UsingMethod(method)).RespondWith(response);
    }

    public static JsonNode? BodyOf(ILogEntry entry) => JsonNode.Parse(entry.RequestMessage!.Body!);

    public static string? Header(ILogEntry entry, string name) =>
        entry.RequestMessage!.Headers!.TryGetValue(name, out var values) ? string.Join(",", values) : null;

    public void Dispose()
    {
        _services.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}
