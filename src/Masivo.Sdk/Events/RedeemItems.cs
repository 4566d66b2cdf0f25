using System.Globalization;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Checks the <c>redeem</c> arrays of an event or a preview at every level (the order, each product line,
/// shipping, the event itself): each item is an object with a reward <c>id</c> and an <c>amount</c> above zero.
/// A fault is named by its JSON path and its C# path, such as <c>order.products[2].redeem[0].amount (Order.Products[2].Redeem[0].Amount)</c>.
/// </summary>
internal static class RedeemItems
{
    public static void Validate(Order? order, string json, string clr, string paramName)
    {
        if (order is null)
        {
            return;
        }

        Validate(order.Redeem, $"{json}.redeem", $"{clr}.Redeem", paramName);
        if (order.Products is { } products)
        {
            for (var i = 0; i < products.Count; i++)
            {
                var at = string.Create(CultureInfo.InvariantCulture, $"[{i}]");
                if (products[i] is not { } product)
                {
                    throw new ArgumentException($"{json}.products{at} ({clr}.Products{at}) is null; a product line is an object.", paramName);
                }

                Validate(product, $"{json}.products{at}", $"{clr}.Products{at}", paramName);
            }
        }

        if (order.Shipping is { } shipping)
        {
            Validate(shipping.Redeem, $"{json}.shipping.redeem", $"{clr}.Shipping.Redeem", paramName);
        }
    }

    public static void Validate(OrderProduct? product, string json, string clr, string paramName)
    {
        if (product is not null)
        {
            Validate(product.Redeem, $"{json}.redeem", $"{clr}.Redeem", paramName);
        }
    }

    public static void Validate(IList<OrderRedemption>? items, string json, string clr, string paramName)
    {
        if (items is null)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"[{i}]");
            if (items[i] is not { } item)
            {
                throw new ArgumentException($"{json}{at} ({clr}{at}) is null; a redeem item is an object with the reward's id and an amount.", paramName);
            }

            Require.Present(item.Id, $"{json}{at}.id ({clr}{at}.Id), the id of the reward to spend,", paramName);
            if (item.Amount is not > 0m)
            {
                throw new ArgumentException(
                    item.Amount is { } amount
                        ? string.Create(CultureInfo.InvariantCulture, $"{json}{at}.amount ({clr}{at}.Amount) is {amount}; the amount of a reward to spend must be more than zero.")
                        : $"{json}{at}.amount ({clr}{at}.Amount) is required: the amount of the reward to spend, more than zero.",
                    paramName);
            }
        }
    }
}
