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

/// <summary>The fake server's JSON: the SDK's public models, with Masivo's naming and null handling.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FakeEnvelope<List<Contact>>))]
[JsonSerializable(typeof(FakeEnvelope<FakeMessage>))]
[JsonSerializable(typeof(FakeEnvelope<CustomerWithWallet>))]
[JsonSerializable(typeof(FakeEnvelope<CouponRedemption>))]
[JsonSerializable(typeof(FakeEnvelope<string>))]
[JsonSerializable(typeof(FakeError))]
[JsonSerializable(typeof(ContactMigrationBody))]
[JsonSerializable(typeof(CustomerMigrationBody))]
[JsonSerializable(typeof(CreateCustomerRequest))]
[JsonSerializable(typeof(RedeemCouponRequest))]
[JsonSerializable(typeof(Contact))]
[JsonSerializable(typeof(Customer))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class FakeJsonContext : JsonSerializerContext;
