using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// A device to receive a customer's push notifications, for <see cref="CustomersClient.RegisterDeviceAsync"/>.
/// <see cref="DeviceToken"/> (the Firebase Cloud Messaging token) is required.
/// </summary>
public sealed class RegisterDeviceRequest : MasivoModel
{
    /// <summary>Gets or sets the device's Firebase Cloud Messaging token.</summary>
    [JsonPropertyName("device_token")] public string? DeviceToken { get; set; }

    /// <summary>Gets or sets the device's platform, model and operating system version.</summary>
    [JsonPropertyName("device_info")] public CustomerDeviceInfo? DeviceInfo { get; set; }

    /// <summary>Throws when the token is missing.</summary>
    internal void Validate(string paramName)
    {
        Require.Present(DeviceToken, "device_token (DeviceToken)", paramName);
        ModelGraph.RequireNoRepeatedMembers(this, paramName);
    }
}
