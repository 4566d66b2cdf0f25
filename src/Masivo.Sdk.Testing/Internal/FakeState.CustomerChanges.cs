using System.Text.Json;
using System.Text.Json.Nodes;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>What changes a stored customer: its profile, tags, consent and devices, and its identification.</summary>
internal sealed partial class FakeState
{
    /// <summary>
    /// Changes a customer's JSON as <paramref name="change"/> says and stores the result as a new <see cref="Customer"/>.
    /// </summary>
    /// <returns>The customer with its wallet as changed, or <see langword="null"/> when no customer has the id.</returns>
    /// <exception cref="JsonException">The changed JSON is no customer (a field of the wrong type).</exception>
    public CustomerWithWallet? ChangeCustomer(string id, Action<JsonObject> change)
    {
        lock (_gate)
        {
            if (!_customers.TryGetValue(id, out var record))
            {
                return null;
            }

            var node = JsonSerializer.SerializeToNode(record.Customer, FakeJsonContext.Default.Customer)!.AsObject();
            change(node);
            record.Customer = node.Deserialize(FakeJsonContext.Default.Customer)!;
            return WithWallet(record);
        }
    }

    /// <summary>The customer's consent; a customer who recorded none has every purpose allowed, as on Masivo.</summary>
    public CustomerConsent? FindConsent(string id)
    {
        lock (_gate)
        {
            return !_customers.TryGetValue(id, out var record)
                ? null
                : record.Customer.Consent ?? new CustomerConsent
                {
                    CustomerId = id,
                    Purposes = new ConsentPurposes
                    {
                        BehavioralCampaigns = true,
                        CouponCampaigns = true,
                        PunchcardCampaigns = true,
                        EmailMarketing = true,
                        PushNotifications = true,
                        LinkTracking = true,
                    },
                };
        }
    }

    /// <summary>
    /// Gets or sets what else follows a customer to a new id when it is identified (its events), called under
    /// <see cref="Gate"/> with the old id and the new one.
    /// </summary>
    public Action<string, string>? CustomerRenamed { get; set; }

    /// <summary>
    /// Identifies an anonymous customer: its fields take the identity's, it stops being anonymous and, with a
    /// new id, is stored under that id with everything it owns: its profile, transactions, gift cards and referral
    /// codes, its wallet and the movements that made it (<see cref="FakeLedger.Rename"/>), and its events
    /// (<see cref="CustomerRenamed"/>).
    /// </summary>
    public IdentifyOutcome Identify(string id, JsonObject identity, string? newId, out CustomerWithWallet identified)
    {
        identified = null!;
        lock (_gate)
        {
            if (!_customers.TryGetValue(id, out var record))
            {
                return IdentifyOutcome.UnknownCustomer;
            }

            if (record.Customer.IsAnonymous != true)
            {
                return IdentifyOutcome.NotAnonymous;
            }

            var targetId = string.IsNullOrEmpty(newId) ? id : newId;
            if (targetId != id && _customers.ContainsKey(targetId))
            {
                return IdentifyOutcome.IdTaken;
            }

            var node = JsonSerializer.SerializeToNode(record.Customer, FakeJsonContext.Default.Customer)!.AsObject();
            foreach (var (name, value) in identity)
            {
                node[name] = value?.DeepClone();
            }

            node["id"] = targetId;
            node["is_anonymous"] = false;
            record.Customer = node.Deserialize(FakeJsonContext.Default.Customer)!;
            if (targetId != id)
            {
                _customers.Remove(id);
                _customers.Add(targetId, record);
                Ledger.Rename(id, targetId);
                CustomerRenamed?.Invoke(id, targetId);
            }

            identified = WithWallet(record);
            Webhooks.NoteRegistration(MasivoWebhookEventType.CustomerAnonymousToRegistered, targetId);
            return IdentifyOutcome.Identified;
        }
    }
}

internal enum IdentifyOutcome
{
    Identified,
    UnknownCustomer,
    NotAnonymous,
    IdTaken,
}
