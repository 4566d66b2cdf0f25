using System.Collections.Concurrent;
using Masivo.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Masivo.Sdk.ConsumerCheck;

/// <summary>Masivo.Sdk.AspNetCore's endpoint, fed by the fake server's webhooks, as an application receives them.</summary>
internal static class WebhookChecks
{
    /// <summary>A customer registered on the fake reaches a handler mapped with MapMasivoWebhooks, parsed.</summary>
    public static async Task FakeWebhookReachesMappedEndpoint(MasivoFakeServer unused)
    {
        var received = new ConcurrentQueue<MasivoWebhookEvent>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        app.MapMasivoWebhooks("/webhooks/masivo/secret", (webhook, _) =>
        {
            received.Enqueue(webhook);
            return Task.CompletedTask;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        await using var server = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions { WebhookUrl = new Uri(address + "/webhooks/masivo/secret") });
        using var client = server.CreateClient();
        await client.Customers.CreateAsync(new CreateCustomerRequest { Id = "webhook-customer", RegistrationDate = DateTimeOffset.UtcNow, Name = "Ana", Email = "ana@example.com" });
        await server.WaitForWebhooksAsync(1);

        if (received.Count != 1 || !received.Single().TryGetRegistration(out var registration) || registration.CustomerId != "webhook-customer")
        {
            throw new CheckFailedException($"expected one CUSTOMER_REGISTRATION for webhook-customer, received {string.Join(", ", received)}");
        }
    }
}
