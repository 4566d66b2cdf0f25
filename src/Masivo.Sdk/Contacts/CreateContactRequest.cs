using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// A contact to create with <see cref="ContactsClient.CreateAsync"/>. At least one of external_id, email or
/// document_number is required, so the contact can be found again with <see cref="ContactsClient.SearchAsync"/>.
/// </summary>
public sealed class CreateContactRequest : ContactProfile
{
    /// <summary>Throws when the request breaks a rule, naming the field.</summary>
    internal void Validate(string paramName)
    {
        ContactRules.Identified(this, paramName);
        ContactRules.NoBlankFields(this, paramName);
    }
}
