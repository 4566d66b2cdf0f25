using System.Text.Json.Serialization;

namespace Masivo.Sdk.Internal;

/// <summary>The one source-generated JSON context of the SDK: every type that crosses the wire.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(UtcDateTimeOffsetJsonConverter)])]
[JsonSerializable(typeof(DataEnvelope<IReadOnlyList<Contact>>))]
[JsonSerializable(typeof(DataEnvelope<MigrationAcknowledgement>))]
[JsonSerializable(typeof(DataEnvelope<CustomerWithWallet>))]
[JsonSerializable(typeof(DataEnvelope<CouponRedemption>))]
[JsonSerializable(typeof(DataEnvelope<string>))]
[JsonSerializable(typeof(DataEnvelope<CustomerConsentBody>))]
[JsonSerializable(typeof(DataEnvelope<IReadOnlyList<Transaction>>))]
[JsonSerializable(typeof(DataEnvelope<IReadOnlyList<GiftCard>>))]
[JsonSerializable(typeof(DataEnvelope<ReferralCode>))]
[JsonSerializable(typeof(DataEnvelope<BehaviorEvent>))]
[JsonSerializable(typeof(DataEnvelope<RedemptionPreview>))]
[JsonSerializable(typeof(FulfillExpiredEventsResult))]
[JsonSerializable(typeof(SendEventRequest))]
[JsonSerializable(typeof(PreviewRedemptionRequest))]
[JsonSerializable(typeof(ReverseEventBody))]
[JsonSerializable(typeof(FulfillExpiredEventsWindow))]
[JsonSerializable(typeof(ContactMigrationBatch))]
[JsonSerializable(typeof(CustomerMigrationBatch))]
[JsonSerializable(typeof(CreateCustomerRequest))]
[JsonSerializable(typeof(RedeemCouponRequest))]
[JsonSerializable(typeof(UpdateCustomerRequest))]
[JsonSerializable(typeof(CustomerTagsBody))]
[JsonSerializable(typeof(CustomerTagNamesBody))]
[JsonSerializable(typeof(CustomerConsentBody))]
[JsonSerializable(typeof(IdentifyCustomerRequest))]
[JsonSerializable(typeof(RegisterDeviceRequest))]
[JsonSerializable(typeof(RequestReferralCodeRequest))]
[JsonSerializable(typeof(ErrorBody))]
internal sealed partial class MasivoJsonContext : JsonSerializerContext;
