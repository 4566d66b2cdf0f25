using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Masivo.Sdk;
using Microsoft.AspNetCore.Builder;

namespace Masivo.Sdk.Testing.Tests.Webhooks;

public sealed class FakeServerWebhookTests
{
    [Fact]
    public async Task Registration_and_accumulation_reach_an_endpoint_mapped_with_MapMasivoWebhooks()
    {
        var received = new ConcurrentQueue<MasivoWebhookEvent>();
        await using var host = await WebhookHost.StartAsync(app => app.MapMasivoWebhooks("/webhooks/masivo/s3cret", (webhook, _) =>
        {
            received.Enqueue(webhook);
            return Task.CompletedTask;
        }));
        await using var masivo = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions { WebhookUrl = host.Address("/webhooks/masivo/s3cret") });
        masivo.AddCoupon(new FakeCoupon("WELCOME10") { Rewards = { new FakeCouponReward(10m, RewardType.Points) { RewardId = "points" } } });
        using var client = masivo.CreateClient();

        await client.Customers.CreateAsync(new CreateCustomerRequest { Id = "cust-1", RegistrationDate = DateTimeOffset.UtcNow, Name = "Ana", Email = "ana@example.com" });
        await client.Coupons.RedeemAsync(new RedeemCouponRequest { CustomerId = "cust-1", Code = "WELCOME10" });

        // Delivered in the background, as Masivo does: wait for them.
        Assert.Equal(2, (await masivo.WaitForWebhooksAsync(2)).Count);
        Assert.Equal(2, received.Count);
        Assert.True(received.ElementAt(0).TryGetRegistration(out var registration));
        Assert.Equal("cust-1", registration.CustomerId);
        Assert.Equal("Ana", registration.Customer!.Name);
        Assert.True(received.ElementAt(1).TryGetAccumulation(out var accumulation));
        Assert.Equal(10m, Assert.Single(accumulation.Lines!).Amount);
        Assert.Equal(10m, accumulation.Wallet!.Totals!.Single().Total);
    }

    [Fact]
    public async Task A_purchase_that_spends_points_sends_a_redemption_and_its_earning_an_accumulation()
    {
        var received = new ConcurrentQueue<MasivoWebhookEvent>();
        await using var masivo = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions
        {
            WebhookHandler = (webhook, _) => { received.Enqueue(webhook); return Task.CompletedTask; },
        });
        using var client = masivo.CreateClient();
        await client.Customers.CreateAsync(new CreateCustomerRequest { Id = "cust-1", RegistrationDate = DateTimeOffset.UtcNow, Name = "Ana", Email = "ana@example.com" });
        masivo.AddBalance("cust-1", 100m);
        await masivo.WaitForWebhooksAsync(2);

        await client.Events.SendAsync(new SendEventRequest
        {
            CustomerId = "cust-1",
            BrandId = "brand-1",
            Type = "PURCHASE",
            Order = new Order { PurchaseId = "o-1", Value = 50m, DiscountedValue = 50m, Redeem = [new OrderRedemption { Id = FakeEarnRule.DefaultRewardId, Amount = 30m }] },
        });
        var webhooks = await masivo.WaitForWebhooksAsync(4);

        Assert.Equal(
            ["CUSTOMER_REGISTRATION", "CUSTOMER_ACCUMULATION", "CUSTOMER_REDEMPTION", "CUSTOMER_ACCUMULATION"],
            webhooks.Select(webhook => webhook.Event.Value));
        Assert.True(webhooks[2].TryGetRedemption(out var redemption));
        Assert.Equal(30m, redemption.Lines!.Single().Amount);
        Assert.Equal(received.Select(webhook => webhook.Event), webhooks.Select(webhook => webhook.Event));
    }

    [Fact]
    public async Task Identifying_an_anonymous_customer_sends_anonymous_to_registered()
    {
        await using var masivo = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions { WebhookHandler = (_, _) => Task.CompletedTask });
        using var client = masivo.CreateClient();
        await client.Customers.CreateAsync(new CreateCustomerRequest { Id = "anon-1", RegistrationDate = DateTimeOffset.UtcNow, IsAnonymous = true });

        await client.Customers.IdentifyAnonymousAsync("anon-1", new IdentifyCustomerRequest { Name = "Ana", Email = "ana@example.com" });

        var webhooks = await masivo.WaitForWebhooksAsync(2);
        Assert.Equal(MasivoWebhookEventType.CustomerAnonymousToRegistered, webhooks[1].Event);
        Assert.Equal("Ana", webhooks[1].Data.GetProperty("customer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_failing_delivery_is_delivered_again_then_reported_by_the_wait_not_by_the_api_call()
    {
        await using var masivo = await MasivoFakeServer.StartAsync(new MasivoFakeServerOptions
        {
            WebhookRetryDelay = TimeSpan.Zero,
            WebhookHandler = (_, _) => throw new InvalidOperationException("handler broke"),
        });
        using var client = masivo.CreateClient();

        await client.Customers.CreateAsync(new CreateCustomerRequest { Id = "cust-1", RegistrationDate = DateTimeOffset.UtcNow, Name = "Ana", Email = "ana@example.com" });

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => masivo.WaitForWebhooksAsync(1));
        Assert.Contains("handler broke", exception.Message, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3, 4], masivo.WebhookAttempts.Select(attempt => attempt.Number)); // the default: four attempts
        Assert.All(masivo.WebhookAttempts, attempt => Assert.False(attempt.Succeeded));
        Assert.Empty(masivo.Webhooks);
    }

    [Fact]
    public async Task Without_a_target_nothing_is_sent_and_the_wait_says_why()
    {
        await using var masivo = await MasivoFakeServer.StartAsync();
        using var client = masivo.CreateClient();
        await client.Customers.CreateAsync(new CreateCustomerRequest { Id = "cust-1", RegistrationDate = DateTimeOffset.UtcNow, Name = "Ana", Email = "ana@example.com" });

        var exception = await Assert.ThrowsAsync<TimeoutException>(() => masivo.WaitForWebhooksAsync(1, TimeSpan.FromMilliseconds(100)));

        Assert.Contains("WebhookUrl", exception.Message, StringComparison.Ordinal);
        Assert.Empty(masivo.Webhooks);
    }
}
