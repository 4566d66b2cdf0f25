using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>The <c>data</c> of a <see cref="MasivoWebhookEventType.CustomerRegistration"/> webhook: the new customer and its wallet.</summary>
public sealed class CustomerRegistrationWebhookData : MasivoModel
{
    /// <summary>Gets or sets the id of the customer who registered.</summary>
    [JsonPropertyName("customer_id")] public string? CustomerId { get; set; }

    /// <summary>Gets or sets the customer as registered.</summary>
    [JsonPropertyName("customer")] public Customer? Customer { get; set; }

    /// <summary>Gets or sets the customer's wallet.</summary>
    [JsonPropertyName("wallet")] public Wallet? Wallet { get; set; }
}
