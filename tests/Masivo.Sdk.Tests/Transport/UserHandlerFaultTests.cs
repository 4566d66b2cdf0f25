using Masivo.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Masivo.Sdk.Tests.Transport;

/// <summary>A handler of the user's that is used wrongly or fails says so, in the message, not only deep in an inner exception.</summary>
public sealed class UserHandlerFaultTests
{
    [Fact]
    public async Task A_factory_that_returns_the_same_handler_twice_is_named_at_once()
    {
        await using var server = await MasivoFakeServer.StartAsync();
        var shared = new PassThrough();
        var services = new ServiceCollection();
        services.AddMasivoClient(server.ApplyTo).AddHttpMessageHandler(() => shared);
        await using var provider = services.BuildServiceProvider();

        // The token exchange's chain takes the instance first; the API's chain is handed it again.
        var error = await Assert.ThrowsAnyAsync<Exception>(() => provider.GetRequiredService<MasivoClient>().Customers.GetAsync("c-1"));

        Assert.Contains("must return a new instance on every call", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("must return a new instance on every call", error.Message + error.InnerException?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_exception_of_a_user_handler_is_described_in_the_message()
    {
        await using var server = await MasivoFakeServer.StartAsync();
        using var client = server.CreateClient(o => o.AdditionalHandlers.Add(new MasivoAdditionalHandler(() => new Throwing(), MasivoHttpClients.Api)));

        var error = await Assert.ThrowsAsync<MasivoException>(() => client.Customers.GetAsync("c-1"));

        Assert.Contains("InvalidOperationException: the gateway handler is misconfigured", error.Message, StringComparison.Ordinal);
        Assert.Equal("customers.get", error.Operation);
    }

    private sealed class PassThrough : DelegatingHandler;

    private sealed class Throwing : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the gateway handler is misconfigured");
    }
}
