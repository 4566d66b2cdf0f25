using System.Text.Json.Nodes;
using Masivo.Sdk.Testing;

namespace Masivo.Sdk.ConsumerCheck;

/// <summary>The events operations and the customer profile operations, each answering as documented.</summary>
internal static class ActivityChecks
{
    private const string Buyer = "activity-buyer";

    public static async Task Events(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);
        server.SetEarnRule(new FakeEarnRule { PointsPerCurrencyUnit = 1m, PointValue = 0.10m });
        await client.Customers.CreateAsync(Samples.Customer(Buyer));

        var sent = await client.Events.SendAsync(Purchase("ORDER-1", 120m));
        var afterSend = server.GetBalance(Buyer);
        var unpaid = Purchase("ORDER-2", 40m);
        unpaid.Fulfilled = false;
        var held = await client.Events.SendAsync(unpaid);
        var afterHold = server.GetBalance(Buyer);
        var fulfilled = await client.Events.FulfillAsync(held.Id!);
        var afterFulfil = server.GetBalance(Buyer);
        var reversed = await client.Events.ReverseAsync(held.Id!, "Order returned");
        var afterReverse = server.GetBalance(Buyer);
        var preview = await client.Events.PreviewRedemptionAsync(new PreviewRedemptionRequest
        {
            CustomerId = Buyer,
            BrandId = "0001",
            Order = new Order { Value = 20m, DiscountedValue = 20m, Redeem = [new OrderRedemption { Id = FakeEarnRule.DefaultRewardId, Amount = 4m }] },
        });
        var expired = await client.Events.FulfillExpiredAsync(DateTimeOffset.UtcNow.AddDays(-30), DateTimeOffset.UtcNow);

        Verify.That(sent.Id is not null && sent.CustomerId == Buyer && afterSend == 120m, $"a purchase of 120 earns 120 points (got {afterSend})");
        Verify.That(afterHold == 120m, $"an unfulfilled purchase earns nothing yet (got {afterHold})");
        Verify.That(fulfilled.Id == held.Id && fulfilled.Status == BehaviorEventStatus.Resolved && afterFulfil == 160m, $"the fulfilled purchase is resolved and earns 40 (status {fulfilled.Status}, balance {afterFulfil})");
        Verify.That(reversed.Id == held.Id && reversed.ReversedAt is not null && afterReverse == 120m, $"the reversal takes the 40 back (balance {afterReverse})");
        Verify.That(preview.Order?.RedemptionsResult?.Amount == 4m && server.GetBalance(Buyer) == 120m, "a redemption preview prices 4 points and spends nothing");
        Verify.That(expired.Message?.Contains("queued for fulfillment", StringComparison.Ordinal) == true, $"fulfil-expired answers how many were queued (got \"{expired.Message}\")");
        Verify.That(server.RequestsTo(FakeRoute.FulfillExpiredEvents).Count == 1, "fulfil-expired was sent once");
    }

    public static async Task CustomerProfile(MasivoFakeServer server)
    {
        using var client = Samples.Client(server);
        await client.Customers.CreateAsync(Samples.Customer(Buyer));
        server.AddBalance(Buyer, 25m);

        var updated = await client.Customers.UpdateAsync(Buyer, new UpdateCustomerRequest { Name = "Ana María", Gender = Gender.Female });
        var tagged = await client.Customers.SetTagsAsync(Buyer, new JsonObject { ["segment"] = "vip", ["tier"] = "gold" });
        var untagged = await client.Customers.RemoveTagsAsync(Buyer, ["segment"]);
        var consentBefore = await client.Customers.GetConsentAsync(Buyer);
        var consent = await client.Customers.UpdateConsentAsync(Buyer, new CustomerConsent { Version = "2.0", Purposes = new ConsentPurposes { EmailMarketing = false } });
        await client.Customers.CreateAsync(new CreateCustomerRequest { Id = "activity-anonymous", IsAnonymous = true, RegistrationDate = DateTimeOffset.UtcNow });
        var identified = await client.Customers.IdentifyAnonymousAsync("activity-anonymous", new IdentifyCustomerRequest { Name = "Eva", Email = "eva@example.com", NewId = "activity-identified" });
        var device = await client.Customers.RegisterDeviceAsync(Buyer, new RegisterDeviceRequest { DeviceToken = "fcm-1", DeviceInfo = new CustomerDeviceInfo { Platform = DevicePlatform.Android, OsVersion = "34" } });
        await client.Customers.RemoveDevicesAsync(Buyer);
        var withoutDevices = await client.Customers.GetAsync(Buyer);
        var history = await client.Customers.GetTransactionsAsync(Buyer);
        server.SetGiftCards(Buyer, [new GiftCard { Code = "GC-1", RewardId = "gift" }]);
        var giftCards = await client.Customers.GetGiftCardsAsync(Buyer);
        var referral = await client.Customers.RequestReferralCodeAsync(Buyer, new RequestReferralCodeRequest { CampaignId = "referral-1" });
        var again = await client.Customers.RequestReferralCodeAsync(Buyer, new RequestReferralCodeRequest { CampaignId = "referral-1" });

        Verify.That(updated.Customer?.Name == "Ana María" && updated.Customer.Gender == Gender.Female, "an update changes the fields it sets");
        Verify.That(tagged.Customer?.Tags?["segment"]?.GetValue<string>() == "vip", "tags are set");
        Verify.That(untagged.Customer?.Tags is { } tags && !tags.ContainsKey("segment") && tags.ContainsKey("tier"), "a tag is removed by name, the others kept");
        Verify.That(consentBefore.Purposes?.EmailMarketing == true, "consent is every purpose until recorded");
        Verify.That(consent.Version == "2.0" && consent.Purposes?.EmailMarketing == false, "consent is recorded");
        Verify.That(identified.Customer?.Id == "activity-identified" && identified.Customer.IsAnonymous == false, "an anonymous customer is identified under its new id");
        Verify.That(device.Customer?.Devices?.SingleOrDefault()?.DeviceToken == "fcm-1", "a device is registered");
        Verify.That(withoutDevices.Customer?.Devices is { Count: 0 }, "devices are removed");
        Verify.That(history.SingleOrDefault()?.Amount == 25m, $"the customer's history lists its one movement (got {history.Count})");
        Verify.That(giftCards.SingleOrDefault()?.Code == "GC-1", "gift cards are read");
        Verify.That(referral.Code is { Length: > 0 } && referral.Code == again.Code && referral.CustomerId == Buyer, "a referral code is the same on every request for a campaign");
    }

    private static SendEventRequest Purchase(string orderId, decimal value) => new()
    {
        CustomerId = Buyer,
        BrandId = "0001",
        Type = BehaviorEventType.Purchase,
        Order = new Order { PurchaseId = orderId, Value = value, DiscountedValue = value },
    };
}
