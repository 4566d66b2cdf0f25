using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// A customer to register with <see cref="CustomersClient.CreateAsync"/>. <see cref="CustomerProfile.Id"/>,
/// <see cref="CustomerProfile.Name"/>, <see cref="CustomerProfile.Email"/> and
/// <see cref="CustomerProfile.RegistrationDate"/> are required.
/// </summary>
public sealed class CreateCustomerRequest : CustomerProfile
{
    /// <summary>Gets or sets the id of the tier the customer starts in.</summary>
    [JsonPropertyName("tier_id")] public string? TierId { get; set; }

    /// <summary>Throws when a field Masivo requires is missing, or the id could not be read back (see <see cref="PathSegment"/>).</summary>
    internal void Validate(string paramName)
    {
        Require.Present(Id, "id (Id)", paramName);
        PathSegment.ValidateNewId(Id, "id (Id)", paramName);
        Require.Present(Name, "name (Name)", paramName);
        Require.Present(Email, "email (Email)", paramName);
        Require.Present(RegistrationDate, "registration_date (RegistrationDate)", paramName);
        ModelGraph.RequireNoRepeatedMembers(this, paramName);
    }
}
