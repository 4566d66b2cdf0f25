using System.Text.Json.Serialization;

namespace Masivo.Sdk;

/// <summary>Optional information about a customer's device.</summary>
public sealed class CustomerDeviceInfo : MasivoModel
{
    /// <summary>Gets or sets the platform, such as <see cref="DevicePlatform.Ios"/>.</summary>
    [JsonPropertyName("platform")] public DevicePlatform? Platform { get; set; }

    /// <summary>Gets or sets the device model.</summary>
    [JsonPropertyName("model")] public string? Model { get; set; }

    /// <summary>Gets or sets the operating system version.</summary>
    [JsonPropertyName("osVersion")] public string? OsVersion { get; set; }
}
