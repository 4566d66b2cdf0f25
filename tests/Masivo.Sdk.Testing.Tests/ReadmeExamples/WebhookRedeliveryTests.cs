using System.Collections.Concurrent;
using Masivo.Sdk;
using Masivo.Sdk.Testing;
using Xunit; // xunit's project template adds this as a global using; the line makes the example stand alone

public sealed class WebhookRedeliveryTests
{
    [Fact]
    public async Task A_delivery_that_failed_is_delivered_again_and_counted_once()
    {
        var points = new PointsRecorder();
        await using var masivo = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions
        {
            WebhookHandler = points.HandleAsync,          // or WebhookUrl: your endpoint, mapped with MapMasivoWebhooks
            WebhookRetryDelay = TimeSpan.FromMilliseconds(10),
        });
        using var client = masivo.CreateClient();
        await client.Customers.CreateAsync(new CreateCustomerRequest
        {
            Id = "customer-42", Name = "Ana García", Email = "ana@example.com", RegistrationDate = DateTimeOffset.UtcNow,
        });
        points.FailNextAccumulation = true;               // stored, then the handler fails: Masivo will deliver it again

        masivo.AddBalance("customer-42", 100m);
        await masivo.WaitForWebhooksAsync(2);             // the registration, and the accumulation's redelivery

        Assert.Equal(100m, points.Total("customer-42"));  // handled twice, counted once
        var accumulation = masivo.WebhookAttempts.Where(attempt => attempt.Webhook.Event == MasivoWebhookEventType.CustomerAccumulation);
        Assert.Equal([false, true], accumulation.Select(attempt => attempt.Succeeded));
    }

    /// <summary>A handler made idempotent by the webhook's content: a key per line, stored once.</summary>
    private sealed class PointsRecorder
    {
        private readonly ConcurrentDictionary<string, decimal> _lines = new();

        public bool FailNextAccumulation { get; set; }

        public Task HandleAsync(MasivoWebhookEvent webhook, CancellationToken cancellationToken)
        {
            if (webhook.TryGetAccumulation(out var accumulation))
            {
                foreach (var line in accumulation.Lines ?? [])
                {
                    _lines.TryAdd($"{webhook.Event}|{accumulation.CustomerId}|{line.RewardId}|{line.IssuedAt:O}|{line.Amount}", line.Amount ?? 0m);
                }

                if (FailNextAccumulation)
                {
                    FailNextAccumulation = false;
                    throw new TimeoutException("the database timed out after the lines were stored");
                }
            }

            return Task.CompletedTask;
        }

        public decimal Total(string customerId) =>
            _lines.Where(line => line.Key.Split('|')[1] == customerId).Sum(line => line.Value);
    }
}
