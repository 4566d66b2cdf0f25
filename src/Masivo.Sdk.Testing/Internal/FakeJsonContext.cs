using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Masivo.Sdk.Testing.Internal;

internal sealed class FakeEnvelope<T>(T data)
{
    [JsonPropertyName("data")] public T Data { get; } = data;
}

internal sealed record FakeMessage([property: JsonPropertyName("message")] string Message);

internal sealed record FakeError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("details")] string Details,
    [property: JsonPropertyName("requirement")] string? Requirement = null);

internal sealed class ContactMigrationBody
{
    [JsonPropertyName("contacts")] public List<ContactMigrationRecord?>? Contacts { get; set; }
}

internal sealed class CustomerMigrationBody
{
    [JsonPropertyName("customers")] public List<CustomerMigrationRecord?>? Customers { get; set; }
}

internal sealed class FakeTagsBody
{
    [JsonPropertyName("tags")] public JsonObject? Tags { get; set; }
}

internal sealed class FakeTagNamesBody
{
    [JsonPropertyName("tags")] public List<string?>? Tags { get; set; }
}

internal sealed class FakeConsentBody
{
    [JsonPropertyName("consent")] public CustomerConsent? Consent { get; set; }
}

internal sealed class FakeReverseBody
{
    [JsonPropertyName("reason")] public string? Reason { get; set; }
}

internal sealed class FakeFulfillExpiredBody
{
    [JsonPropertyName("start_date")] public DateTimeOffset? StartDate { get; set; }

    [JsonPropertyName("end_date")] public DateTimeOffset? EndDate { get; set; }
}

internal sealed class FakeCampaignPage(List<Campaign> data, int from, int to)
{
    [JsonPropertyName("data")] public List<Campaign> Data { get; } = data;

    [JsonPropertyName("from")] public int From { get; } = from;

    [JsonPropertyName("to")] public int To { get; } = to;

    [JsonPropertyName("count")] public int Count { get; } = data.Count;
}

internal sealed class FakeTotpBody
{
    [JsonPropertyName("customer_id")] public string? CustomerId { get; set; }

    [JsonPropertyName("metadata")] public JsonObject? Metadata { get; set; }
}

/// <summary>The fake server's JSON: the SDK's public models, with Masivo's naming and null handling.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FakeEnvelope<List<Contact>>))]
[JsonSerializable(typeof(FakeEnvelope<FakeMessage>))]
[JsonSerializable(typeof(FakeEnvelope<CustomerWithWallet>))]
[JsonSerializable(typeof(FakeEnvelope<CouponRedemption>))]
[JsonSerializable(typeof(FakeEnvelope<string>))]
[JsonSerializable(typeof(FakeEnvelope<FakeConsentBody>))]
[JsonSerializable(typeof(FakeEnvelope<List<Transaction>>))]
[JsonSerializable(typeof(FakeEnvelope<List<GiftCard>>))]
[JsonSerializable(typeof(FakeEnvelope<ReferralCode>))]
[JsonSerializable(typeof(FakeEnvelope<List<Reward>>))]
[JsonSerializable(typeof(FakeEnvelope<Reward>))]
[JsonSerializable(typeof(FakeEnvelope<List<Tier>>))]
[JsonSerializable(typeof(FakeEnvelope<Campaign>))]
[JsonSerializable(typeof(FakeCampaignPage))]
[JsonSerializable(typeof(FakeEnvelope<TotpCode>))]
[JsonSerializable(typeof(FakeEnvelope<TotpVerification>))]
[JsonSerializable(typeof(FakeTotpBody))]
[JsonSerializable(typeof(CreateRewardRequest))]
[JsonSerializable(typeof(CreateCampaignRequest))]
[JsonSerializable(typeof(Reward))]
[JsonSerializable(typeof(Tier))]
[JsonSerializable(typeof(Campaign))]
[JsonSerializable(typeof(FakeTagsBody))]
[JsonSerializable(typeof(FakeTagNamesBody))]
[JsonSerializable(typeof(UpdateCustomerRequest))]
[JsonSerializable(typeof(IdentifyCustomerRequest))]
[JsonSerializable(typeof(RegisterDeviceRequest))]
[JsonSerializable(typeof(RequestReferralCodeRequest))]
[JsonSerializable(typeof(CustomerDevice))]
[JsonSerializable(typeof(Transaction))]
[JsonSerializable(typeof(GiftCard))]
[JsonSerializable(typeof(FakeEnvelope<BehaviorEvent>))]
[JsonSerializable(typeof(FakeEnvelope<RedemptionPreview>))]
[JsonSerializable(typeof(FulfillExpiredEventsResult))]
[JsonSerializable(typeof(SendEventRequest))]
[JsonSerializable(typeof(PreviewRedemptionRequest))]
[JsonSerializable(typeof(FakeReverseBody))]
[JsonSerializable(typeof(FakeFulfillExpiredBody))]
[JsonSerializable(typeof(Order))]
[JsonSerializable(typeof(MigratedEvent))]
[JsonSerializable(typeof(FakeError))]
[JsonSerializable(typeof(ContactMigrationBody))]
[JsonSerializable(typeof(CustomerMigrationBody))]
[JsonSerializable(typeof(CreateCustomerRequest))]
[JsonSerializable(typeof(RedeemCouponRequest))]
[JsonSerializable(typeof(Contact))]
[JsonSerializable(typeof(Customer))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(WalletChangeWebhookData))]
[JsonSerializable(typeof(CustomerRegistrationWebhookData))]
internal sealed partial class FakeJsonContext : JsonSerializerContext;
