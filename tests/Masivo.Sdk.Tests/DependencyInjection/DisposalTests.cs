using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Masivo.Sdk.Tests.DependencyInjection;

/// <summary>Disposing a client closes the connections it opened, at once.</summary>
public sealed class DisposalTests
{
    [Fact]
    public async Task Disposing_a_client_closes_its_connections()
    {
        var open = 0;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0, listen => listen.Use(next => async connection =>
        {
            Interlocked.Increment(ref open);
            try
            {
                await next(connection);
            }
            finally
            {
                Interlocked.Decrement(ref open);
            }
        })));
        await using var app = builder.Build();
        app.Run(context => context.Response.WriteAsJsonAsync(new { data = Array.Empty<object>() }));
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/api/storefront/v1/");

        var client = new MasivoClient(new MasivoClientOptions { BaseAddress = address, AccessToken = "token-1234", AccountId = "a" });
        await client.Contacts.SearchAsync(new ContactSearchQuery { Email = "a@example.com" });
        Assert.Equal(1, Volatile.Read(ref open));

        client.Dispose();

        // The server sees the connection end as the client closes it; no idle timeout to wait for.
        for (var i = 0; i < 100 && Volatile.Read(ref open) > 0; i++)
        {
            await Task.Delay(20);
        }

        Assert.Equal(0, Volatile.Read(ref open));
        await app.StopAsync();
    }
}
