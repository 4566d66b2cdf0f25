using System.Text.Json;
using System.Text.Json.Nodes;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>Contacts created and updated one at a time, in the same store migrations and searches use.</summary>
internal sealed partial class FakeState
{
    /// <summary>Creates a contact (or updates the one with the same identity, as a migration does) and answers it as stored.</summary>
    public Contact CreateContact(JsonObject fields)
    {
        lock (_gate)
        {
            return Apply(FindOrAddContact(fields), fields);
        }
    }

    /// <summary>
    /// The stored contact with the identity of <paramref name="fields"/>, unindexed for its change, or a new one;
    /// the caller holds the lock.
    /// </summary>
    private JsonObject FindOrAddContact(JsonObject fields)
    {
        var existing = FindByIdentity(fields);
        if (existing is not null)
        {
            Unindex(existing);
            return existing;
        }

        existing = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["persona_id"] = Guid.NewGuid().ToString(),
            ["created_at"] = JsonValue.Create(Now),
        };
        _contacts.Add(existing);
        return existing;
    }

    /// <summary>Updates the contact with this id with the fields given; <see langword="null"/> when no contact has it.</summary>
    public Contact? UpdateContact(string id, JsonObject fields)
    {
        lock (_gate)
        {
            var existing = _contacts.FirstOrDefault(contact => contact["id"]?.GetValue<string>() == id);
            if (existing is null)
            {
                return null;
            }

            Unindex(existing);
            return Apply(existing, fields);
        }
    }

    // The caller holds the lock and has unindexed the contact.
    private Contact Apply(JsonObject contact, JsonObject fields)
    {
        foreach (var (name, value) in fields.ToList())
        {
            if (name is not ("id" or "created_at"))
            {
                contact[name] = value?.DeepClone();
            }
        }

        contact["updated_at"] = JsonValue.Create(Now);
        Index(contact);
        return contact.Deserialize(FakeJsonContext.Default.Contact)!;
    }
}
