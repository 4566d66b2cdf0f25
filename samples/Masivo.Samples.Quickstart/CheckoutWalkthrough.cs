using System.Globalization;
using Masivo.Sdk;

namespace Masivo.Samples.Quickstart;

/// <summary>The customer's points after each step of the checkout, and its points history at the end.</summary>
internal sealed record CheckoutBalances(decimal Start, decimal Reserved, decimal Fulfilled, decimal Returned, IReadOnlyList<Transaction> History);

/// <summary>
/// A checkout through Masivo's loyalty loop: price a redemption of points, send the purchase that spends them
/// (unfulfilled, so the points are reserved until it is paid), fulfil it once paid (it earns), take back part of the
/// order, and read the balance and the points history. Masivo reverses a whole event and documents no partial
/// reversal, so a partial return reverses the purchase and sends the part the customer kept as a new purchase.
/// </summary>
internal static class CheckoutWalkthrough
{
    /// <summary>The brand the purchases are sent for.</summary>
    public const string BrandId = "0001";

    /// <summary>The reward spent and earned: the embedded fake's default points.</summary>
    public const string PointsRewardId = "points";

    /// <summary>The points the purchase redeems.</summary>
    public const decimal PointsToRedeem = 50m;

    /// <summary>The operations the walk-through calls: preview, send, fulfil, reverse, and the transactions read.</summary>
    public const int Operations = 5;

    public static async Task<CheckoutBalances> RunAsync(MasivoClient client, string customerId, string orderId, TextWriter output, CancellationToken cancellationToken = default)
    {
        var start = await PointsAsync(client, customerId, cancellationToken);
        var tShirt = new OrderProduct { Sku = "SKU-TSHIRT", Amount = 1, Value = 40m, DiscountedValue = 40m };
        var mug = new OrderProduct { Sku = "SKU-MUG", Amount = 1, Value = 40m, DiscountedValue = 40m };
        var redeem = new OrderRedemption { Id = PointsRewardId, Amount = PointsToRedeem };

        Step(output, "8. Preview a redemption of points for the cart (PUT events/redeem/preview)");
        var cart = new Order { PurchaseId = orderId, Value = 80m, DiscountedValue = 80m, Products = [tShirt, mug], Redeem = [redeem] };
        var preview = await client.Events.PreviewRedemptionAsync(new PreviewRedemptionRequest { CustomerId = customerId, BrandId = BrandId, Order = cart }, cancellationToken);
        var priced = preview.Order!.RedemptionsResult!;
        var toPay = priced.Value ?? cart.Value!.Value;
        output.WriteLine(Invariant($"   came back: {Points(priced.Amount)} points take {Money(priced.DiscountValue)} off {Money(cart.Value)}: {Money(toPay)} to pay; nothing spent yet ({Points(start)} points)"));

        Step(output, "9. Send the purchase, unfulfilled until paid: the points are reserved (POST behavior/events)");
        cart.DiscountedValue = toPay;
        var purchase = await client.Events.SendAsync(
            new SendEventRequest { CustomerId = customerId, BrandId = BrandId, Type = BehaviorEventType.Purchase, Order = cart, Fulfilled = false, Reserve = 3 },
            cancellationToken);
        var reserved = await PointsAsync(client, customerId, cancellationToken);
        output.WriteLine(Invariant($"   came back: event {purchase.Id} {purchase.Status}; balance {Points(reserved)} points ({Points(PointsToRedeem)} reserved for 3 days)"));

        Step(output, "10. Paid: fulfil the purchase, which earns its points (PATCH behavior/events/{id}/fulfill)");
        var fulfilled = await client.Events.FulfillAsync(purchase.Id!, cancellationToken);
        var afterFulfilment = await PointsAsync(client, customerId, cancellationToken);
        output.WriteLine(Invariant($"   came back: earned {Points(fulfilled.Result?.Accumulations?.Sum(line => line.Amount))} points; balance {Points(afterFulfilment)} points"));

        Step(output, "11. The mug comes back: reverse the purchase and send the kept T-shirt again (POST behavior/events/{id}/reverse)");
        output.WriteLine("   Masivo reverses a whole event (earned points taken back, spent points given back); the kept part is a new purchase.");
        var reversed = await client.Events.ReverseAsync(purchase.Id!, "Mug returned", cancellationToken);
        var keptValue = tShirt.Value!.Value;
        var kept = new Order
        {
            PurchaseId = orderId + "-kept",
            Value = keptValue,
            DiscountedValue = keptValue - Math.Min(priced.DiscountValue ?? 0m, keptValue),
            Products = [tShirt],
            Redeem = [redeem],
        };
        await client.Events.SendAsync(new SendEventRequest { CustomerId = customerId, BrandId = BrandId, Type = BehaviorEventType.Purchase, Order = kept }, cancellationToken);
        var returned = await PointsAsync(client, customerId, cancellationToken);
        output.WriteLine(Invariant($"   came back: event {reversed.Status}; the T-shirt sent again for {Money(kept.DiscountedValue)}; balance {Points(returned)} points"));

        Step(output, "12. Read the balance and the points history (GET customers/{id}, GET customers/{id}/transactions)");
        var history = await client.Customers.GetTransactionsAsync(customerId, cancellationToken: cancellationToken);
        output.WriteLine(Invariant($"   came back: {Points(await PointsAsync(client, customerId, cancellationToken))} points, from {history.Count} transactions:"));
        foreach (var transaction in history)
        {
            output.WriteLine(Invariant($"   {transaction.Type,-13}{transaction.Amount,8:+0.##;-0.##}  {transaction.Details}"));
        }

        return new CheckoutBalances(start, reserved, afterFulfilment, returned, history);
    }

    private static async Task<decimal> PointsAsync(MasivoClient client, string customerId, CancellationToken cancellationToken)
    {
        var customer = await client.Customers.GetAsync(customerId, cancellationToken);
        return customer.Wallet?.Totals?.Where(total => total.RewardId == PointsRewardId).Sum(total => total.Total) ?? 0m;
    }

    private static void Step(TextWriter output, string title)
    {
        output.WriteLine();
        output.WriteLine(title);
    }

    private static string Points(decimal? amount) => (amount ?? 0m).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Money(decimal? amount) => (amount ?? 0m).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
