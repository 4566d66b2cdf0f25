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
[JsonSerializable(typeof(ContactMigrationBatch))]
[JsonSerializable(typeof(CustomerMigrationBatch))]
[JsonSerializable(typeof(CreateCustomerRequest))]
[JsonSerializable(typeof(RedeemCouponRequest))]
[JsonSerializable(typeof(ErrorBody))]
internal sealed partial class MasivoJsonContext : JsonSerializerContext;
