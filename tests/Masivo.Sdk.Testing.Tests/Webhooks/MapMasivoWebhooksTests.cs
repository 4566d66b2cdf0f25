using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Masivo.Sdk;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Masivo.Sdk.Testing.Tests.Webhooks;

public sealed class MapMasivoWebhooksTests
{
    private const string Accumulation = """{"event":"CUSTOMER_ACCUMULATION","data":{"customer_id":"cust-1","lines":[{"amount":10,"reward_id":"points"}]}}""";

    [Fact]
    public async Task A_webhook_reaches_the_handler_before_the_200()
    {
        var received = new ConcurrentQueue<MasivoWebhookEvent>();
        await using var host = await WebhookHost.StartAsync(app => app.MapMasivoWebhooks("/hooks/secret", (webhook, _) =>
        {
            received.Enqueue(webhook);
            return Task.CompletedTask;
        }));

        using var response = await host.Client.PostAsync("/hooks/secret", Json(Accumulation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var webhook = Assert.Single(received);
        Assert.True(webhook.TryGetAccumulation(out var accumulation));
        Assert.Equal("cust-1", accumulation.CustomerId);
    }

    [Fact]
    public async Task The_services_overload_hands_over_the_request_services()
    {
        var resolved = false;
        await using var host = await WebhookHost.StartAsync(app => app.MapMasivoWebhooks("/hooks", (_, services, _) =>
        {
            resolved = services.GetService<IServiceProvider>() is not null;
            return Task.CompletedTask;
        }));

        using var response = await host.Client.PostAsync("/hooks", Json(Accumulation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(resolved);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("""{"data":{}}""", "no \"event\"")]
    public async Task A_malformed_body_is_a_400_naming_the_problem_and_the_handler_is_not_called(string body, string expected)
    {
        var calls = 0;
        await using var host = await WebhookHost.StartAsync(app => app.MapMasivoWebhooks("/hooks", (_, _) => { calls++; return Task.CompletedTask; }));

        using var response = await host.Client.PostAsync("/hooks", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task A_body_that_is_not_json_by_its_content_type_is_a_415()
    {
        await using var host = await WebhookHost.StartAsync(app => app.MapMasivoWebhooks("/hooks", (_, _) => Task.CompletedTask));

        using var response = await host.Client.PostAsync("/hooks", new StringContent(Accumulation, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413()
    {
        await using var host = await WebhookHost.StartAsync(app => app.MapMasivoWebhooks("/hooks", (_, _) => Task.CompletedTask));

        using var response = await host.Client.PostAsync("/hooks", Json(Accumulation + new string(' ', MasivoWebhooks.MaxPayloadBytes)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_failing_handler_fails_the_request_so_Masivo_delivers_again()
    {
        await using var host = await WebhookHost.StartAsync(app => app.MapMasivoWebhooks("/hooks", (_, _) => throw new InvalidOperationException("database down")));

        using var response = await host.Client.PostAsync("/hooks", Json(Accumulation));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Fact]
    public async Task The_convention_builder_restricts_the_endpoint()
    {
        await using var host = await WebhookHost.StartAsync(app => app.MapMasivoWebhooks("/hooks", (_, _) => Task.CompletedTask).RequireHost("hooks.example.com"));

        using var response = await host.Client.PostAsync("/hooks", Json(Accumulation));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
