using System.Text.Json;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// Prices the <c>redeem</c> arrays of an order without spending: each level (the order, each product line,
/// shipping) gets its <c>redemptions_result</c>. An item is redeemable while the customer's balance of its reward,
/// less what earlier items of the same preview took, covers it; its discount is its amount times the reward's
/// point value (<see cref="FakeEarnRule.PointValue"/>), capped at the level's <c>discounted_value</c> (else <c>value</c>).
/// </summary>
internal sealed class FakeRedemptionPreview(FakeState state, FakeEarnRules rules)
{
    public FakeOutcome<RedemptionPreview> Preview(PreviewRedemptionRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.CustomerId) || request.Order is null)
        {
            return FakeFailure.BadRequest("Bad Request", "customer_id and order are required");
        }

        // A copy, so the answer's results are not written into the request.
        var order = JsonSerializer.SerializeToElement(request.Order, FakeJsonContext.Default.Order).Deserialize(FakeJsonContext.Default.Order)!;
        lock (state.Gate)
        {
            if (!state.HasCustomer(request.CustomerId))
            {
                return FakeFailure.NotFound($"Customer '{request.CustomerId}' not found");
            }

            var taken = new Dictionary<string, decimal>(StringComparer.Ordinal);
            if (order.Redeem is { } redeem)
            {
                order.RedemptionsResult = Price(request.CustomerId, redeem, order.DiscountedValue ?? order.Value, taken);
            }

            foreach (var product in order.Products ?? [])
            {
                if (product?.Redeem is { } items)
                {
                    product.RedemptionsResult = Price(request.CustomerId, items, product.DiscountedValue ?? product.Value, taken);
                }
            }

            if (order.Shipping is { Redeem: { } shipping })
            {
                order.Shipping.RedemptionsResult = Price(request.CustomerId, shipping, order.Shipping.DiscountedValue ?? order.Shipping.Value, taken);
            }

            return new RedemptionPreview { CustomerId = request.CustomerId, BrandId = request.BrandId, Order = order };
        }
    }

    private RedemptionsResult Price(string customerId, IList<OrderRedemption> items, decimal? levelValue, Dictionary<string, decimal> taken)
    {
        var redeemed = new List<RedeemedReward>();
        var amount = 0m;
        var discount = 0m;
        foreach (var item in items)
        {
            var id = item?.Id ?? string.Empty;
            var outcome = new RedeemedReward { Id = item?.Id, Amount = item?.Amount, Reward = state.RewardOf(id) };
            var available = state.Ledger.Balance(customerId, id) - taken.GetValueOrDefault(id);
            if (item?.Amount is not > 0m)
            {
                outcome.Error = "The amount to redeem must be more than zero";
            }
            else if (item.Amount > available)
            {
                outcome.Error = $"Insufficient balance: {available} available";
            }
            else
            {
                taken[id] = taken.GetValueOrDefault(id) + item.Amount.Value;
                amount += item.Amount.Value;
                discount += item.Amount.Value * rules.ValueOf(id);
            }

            redeemed.Add(outcome);
        }

        var value = Math.Max(0m, levelValue ?? 0m);
        discount = Math.Min(discount, value);
        return new RedemptionsResult
        {
            Redeemed = redeemed,
            Amount = amount,
            DiscountValue = discount,
            DiscountPercent = value > 0m ? Math.Round(discount / value, 4) : 0m,
            Value = value - discount,
            Action = "UPDATE",
        };
    }
}
