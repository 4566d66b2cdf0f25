using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>A payment card on file for a contact. Only non-sensitive card details are stored.</summary>
public sealed class ContactPayment : MasivoModel
{
    /// <summary>Gets or sets the payment method, such as <see cref="PaymentMethod.Credit"/>.</summary>
    [JsonPropertyName("method")] public PaymentMethod? Method { get; set; }

    /// <summary>Gets or sets the last four digits of the card.</summary>
    [JsonPropertyName("last_four")] public string? LastFour { get; set; }

    /// <summary>Gets or sets the card holder's name.</summary>
    [JsonPropertyName("card_holder")] public string? CardHolder { get; set; }

    /// <summary>Gets or sets the card brand, such as VISA.</summary>
    [JsonPropertyName("card_brand")] public string? CardBrand { get; set; }

    /// <summary>Gets or sets the contact's name for this card.</summary>
    [JsonPropertyName("alias")] public string? Alias { get; set; }

    /// <summary>Gets or sets the expiry month (1-12).</summary>
    [JsonPropertyName("expiry_month")] public int? ExpiryMonth { get; set; }

    /// <summary>Gets or sets the expiry year.</summary>
    [JsonPropertyName("expiry_year")] public int? ExpiryYear { get; set; }
}
