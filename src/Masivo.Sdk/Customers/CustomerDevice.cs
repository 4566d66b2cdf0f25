using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>A device registered for a customer's push notifications.</summary>
public sealed class CustomerDevice : MasivoModel
{
    /// <summary>Gets or sets the token that identifies the device.</summary>
    [JsonPropertyName("device_token")] public string? DeviceToken { get; set; }

    /// <summary>Gets or sets information about the device.</summary>
    [JsonPropertyName("device_info")] public CustomerDeviceInfo? DeviceInfo { get; set; }

    /// <summary>Gets or sets when the device token expires.</summary>
    [JsonPropertyName("expires_at")] public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>Gets or sets when the device was registered.</summary>
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
}
