using Masivo.Samples.Quickstart;
using Masivo.Sdk;
using Masivo.Sdk.Testing;

namespace Masivo.Samples.Tests;

/// <summary>
/// The quickstart's checkout walk-through, run in-process against a test's fake server: the balance after each step
/// and the points history it leaves, transaction by transaction.
/// </summary>
public sealed class CheckoutWalkthroughTests : IAsyncLifetime
{
    private const string Customer = "checkout-1";

    private MasivoFakeServer _server = null!;
    private MasivoClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await MasivoFakeServer.StartAsync();
        _client = _server.CreateClient();
        await _client.Customers.CreateAsync(new CreateCustomerRequest { Id = Customer, Name = "Ana", Email = "ana@example.com", RegistrationDate = DateTimeOffset.UtcNow });
        _server.AddBalance(Customer, 100m, CheckoutWalkthrough.PointsRewardId);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Each_step_moves_the_balance_as_masivo_would_and_the_history_lists_every_movement()
    {
        using var output = new StringWriter();

        var balances = await CheckoutWalkthrough.RunAsync(_client, Customer, "ORDER-1", output);

        Assert.Equal(100m, balances.Start);
        Assert.Equal(50m, balances.Reserved);   // 50 points reserved by the unfulfilled purchase
        Assert.Equal(125m, balances.Fulfilled); // paid: 75 earned on the 75.00 paid
        Assert.Equal(85m, balances.Returned);   // reversed (-75, +50), the kept T-shirt again (-50, +35)
        Assert.Equal(85m, _server.GetBalance(Customer, CheckoutWalkthrough.PointsRewardId));
        Assert.Equal(
            [
                (TransactionType.Accumulation, 100m),
                (TransactionType.Redemption, -50m),
                (TransactionType.Accumulation, 75m),
                (TransactionType.Reversal, -75m),
                (TransactionType.Reversal, 50m),
                (TransactionType.Redemption, -50m),
                (TransactionType.Accumulation, 35m),
            ],
            balances.History.Select(t => (t.Type!.Value, t.Amount!.Value)));
        var events = _server.Events;
        Assert.Equal([BehaviorEventStatus.Reversed, BehaviorEventStatus.Resolved], events.Select(e => e.Status));
        Assert.All(balances.History.Skip(1).Take(4), t => Assert.Equal(events[0].Id, t.EventId));
        Assert.All(balances.History.Skip(5), t => Assert.Equal(events[1].Id, t.EventId));
        Assert.All(balances.History.Skip(1), t => Assert.Equal(CheckoutWalkthrough.BrandId, t.BrandId));

        var printed = output.ToString();
        Assert.Contains("50 points take 5.00 off 80.00: 75.00 to pay", printed, StringComparison.Ordinal);
        Assert.Contains("came back: 85 points, from 7 transactions:", printed, StringComparison.Ordinal);
        Assert.Contains("REVERSAL          +50  Event reversed: Mug returned", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_points_to_redeem_the_purchase_is_refused_and_nothing_moves()
    {
        await _client.Customers.CreateAsync(new CreateCustomerRequest { Id = "poor-1", Name = "Bea", Email = "bea@example.com", RegistrationDate = DateTimeOffset.UtcNow });
        _server.AddBalance("poor-1", 20m, CheckoutWalkthrough.PointsRewardId);
        using var output = new StringWriter();

        var refused = await Assert.ThrowsAsync<MasivoApiException>(() => CheckoutWalkthrough.RunAsync(_client, "poor-1", "ORDER-2", output));

        Assert.Equal(400, refused.StatusCode);
        Assert.Equal("Insufficient balance", refused.Error);
        Assert.Equal(20m, _server.GetBalance("poor-1", CheckoutWalkthrough.PointsRewardId));
        Assert.Single(await _client.Customers.GetTransactionsAsync("poor-1"));
        Assert.Empty(_server.Events);
    }
}
