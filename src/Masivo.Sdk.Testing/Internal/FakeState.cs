using System.Text.Json;
using System.Text.Json.Nodes;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// Everything the fake server remembers, behind one lock (<see cref="Gate"/>): contacts, customers, their
/// balances (<see cref="Ledger"/>), coupons and rewards; what a customer's profile changes do and what it owns
/// beside its wallet (transactions, gift cards, referral codes) are in the partial files beside this one.
/// </summary>
internal sealed partial class FakeState
{
    private static readonly string[] IdentityFields = ["external_id", "email", "document_number"];

    private readonly object _gate = new();
    private readonly List<JsonObject> _contacts = [];

    // One index per identity field, so a 10,000-contact batch upserts in linear time.
    private readonly Dictionary<string, Dictionary<string, JsonObject>> _contactIndex = IdentityFields.ToDictionary(
        field => field, _ => new Dictionary<string, JsonObject>(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);
    private readonly Dictionary<string, FakeCustomer> _customers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeCoupon> _coupons = new(StringComparer.Ordinal);
    private readonly HashSet<string> _redeemedCoupons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Reward> _rewards = new(StringComparer.Ordinal);
    private readonly MasivoFakeServerOptions _options;

    public FakeState(MasivoFakeServerOptions options)
    {
        _options = options;
        Ledger = new FakeLedger(this);
        Webhooks = new FakeWebhooks(options);
    }

    /// <summary>Gets the webhooks the changes note, to send once the change is made.</summary>
    public FakeWebhooks Webhooks { get; }

    public RequestLog Requests { get; } = new();

    /// <summary>Gets the lock every read and change of the state holds.</summary>
    public object Gate => _gate;

    /// <summary>Gets every customer's balance and its movements; read and changed under <see cref="Gate"/>.</summary>
    public FakeLedger Ledger { get; }

    public DateTimeOffset Now => _options.TimeProvider.GetUtcNow();

    /// <summary>Upserts a migrated contact, matched on external_id, then email, then document_number.</summary>
    public void UpsertContact(ContactMigrationRecord record)
    {
        var incoming = JsonSerializer.SerializeToNode(record, FakeJsonContext.Default.ContactMigrationRecord)!.AsObject();
        var order = incoming["order"]?.DeepClone();
        incoming.Remove("order");

        lock (_gate)
        {
            var existing = FindOrAddContact(incoming);
            foreach (var (name, value) in incoming.ToList())
            {
                existing[name] = value?.DeepClone();
            }

            existing["updated_at"] = incoming["updated_at"]?.DeepClone() ?? JsonValue.Create(Now);
            Index(existing);
            if (order is not null)
            {
                existing["data"] = new JsonObject { ["order"] = order };
            }
        }
    }

    /// <summary>The contacts whose fields equal every given query value (emails compared without case).</summary>
    public List<Contact> SearchContacts(IReadOnlyDictionary<string, string> criteria)
    {
        lock (_gate)
        {
            return _contacts
                .Where(contact => criteria.All(criterion => Matches(contact[criterion.Key], criterion.Value)))
                .Select(contact => contact.Deserialize(FakeJsonContext.Default.Contact)!)
                .ToList();
        }
    }

    public List<Contact> AllContacts()
    {
        lock (_gate)
        {
            return _contacts.Select(contact => contact.Deserialize(FakeJsonContext.Default.Contact)!).ToList();
        }
    }

    /// <summary>Creates a customer with an empty wallet; false when the id is taken.</summary>
    public bool TryCreateCustomer(CreateCustomerRequest request, out CustomerWithWallet created)
    {
        var node = JsonSerializer.SerializeToNode(request, FakeJsonContext.Default.CreateCustomerRequest)!.AsObject();
        node.Remove("referral_code");
        if (request.IsAnonymous == true)
        {
            // Masivo gives an anonymous customer placeholders until it is identified.
            node["name"] ??= "Anonymous customer";
            node["email"] ??= $"anonymous-{Guid.NewGuid():N}@example.invalid";
        }

        var customer = ToCustomer(node);
        lock (_gate)
        {
            if (_customers.ContainsKey(customer.Id!))
            {
                created = null!;
                return false;
            }

            CountReferral(request.ReferralCode);

            var record = new FakeCustomer(customer);
            _customers.Add(customer.Id!, record);
            Webhooks.NoteRegistration(MasivoWebhookEventType.CustomerRegistration, customer.Id!);
            created = new CustomerWithWallet { Customer = customer, Wallet = BuildWallet(record) };
            return true;
        }
    }

    /// <summary>Upserts a migrated customer, whose balance becomes its wallet.</summary>
    public void UpsertCustomer(CustomerMigrationRecord record)
    {
        var node = JsonSerializer.SerializeToNode(record, FakeJsonContext.Default.CustomerMigrationRecord)!.AsObject();
        node.Remove("balance");

        var customer = ToCustomer(node);
        lock (_gate)
        {
            _customers[customer.Id!] = new FakeCustomer(customer);
            Ledger.Forget(customer.Id!);
            foreach (var item in record.Balance ?? [])
            {
                Ledger.Record(customer.Id!, new FakeMovement(FakeMovementType.Migration, item.Amount ?? 0m, item.RewardId ?? string.Empty, Now)
                {
                    BrandId = item.BrandId,
                    IssuedAt = item.IssuedAt,
                    ExpirationDate = item.ExpirationDate,
                    Details = "Migrated balance",
                });
            }
        }
    }

    public CustomerWithWallet? FindCustomer(string id)
    {
        lock (_gate)
        {
            return CustomerNow(id);
        }
    }

    /// <summary>The customer with its wallet as it stands, or <see langword="null"/>; the caller holds <see cref="Gate"/>.</summary>
    public CustomerWithWallet? CustomerNow(string id) =>
        _customers.TryGetValue(id, out var customer)
            ? WithWallet(customer)
            : null;

    /// <summary>Whether a customer has this id; the caller holds <see cref="Gate"/>.</summary>
    public bool HasCustomer(string id) => _customers.ContainsKey(id);

    /// <summary>Makes a reward known, for wallets' totals and previews.</summary>
    public void AddReward(Reward reward)
    {
        lock (_gate)
        {
            _rewards[reward.Id!] = reward;
        }
    }

    /// <summary>The reward with this id, or a bare one; the caller holds <see cref="Gate"/>.</summary>
    public Reward RewardOf(string id) => _rewards.GetValueOrDefault(id) ?? new Reward { Id = id };

    public void AddCoupon(FakeCoupon coupon)
    {
        lock (_gate)
        {
            _coupons[coupon.Code] = coupon;
            foreach (var reward in coupon.Rewards)
            {
                _rewards[reward.RewardId] = new Reward { Id = reward.RewardId, Name = reward.Name, Type = reward.Type };
            }
        }
    }

    /// <summary>Redeems a code for a customer, or says why it cannot be redeemed.</summary>
    public RedeemOutcome Redeem(RedeemCouponRequest request, out CouponRedemption redemption)
    {
        redemption = null!;
        lock (_gate)
        {
            if (!_customers.TryGetValue(request.CustomerId!, out var customer))
            {
                return RedeemOutcome.UnknownCustomer;
            }

            if (!_coupons.TryGetValue(request.Code!, out var coupon))
            {
                return RedeemOutcome.UnknownCode;
            }

            if (coupon.ExpiresAt is { } expiry && Now >= expiry)
            {
                return RedeemOutcome.Expired;
            }

            if (coupon.SingleUse && !_redeemedCoupons.Add(coupon.Code))
            {
                return RedeemOutcome.AlreadyRedeemed;
            }

            var granted = coupon.Rewards.Select(reward => new WalletLine
            {
                Amount = reward.Amount,
                RewardId = reward.RewardId,
                CampaignId = coupon.CampaignId,
                BrandId = request.BrandId,
                IssuedAt = Now,
            }).ToList();
            foreach (var line in granted)
            {
                Ledger.Record(request.CustomerId!, new FakeMovement(FakeMovementType.Accumulation, line.Amount!.Value, line.RewardId!, Now)
                {
                    BrandId = line.BrandId,
                    CampaignId = line.CampaignId,
                    ChannelId = request.ChannelId,
                    StoreId = request.StoreId,
                    Details = $"Coupon {coupon.Code} redeemed",
                });
            }

            redemption = new CouponRedemption
            {
                Customer = customer.Customer,
                Wallet = BuildWallet(customer),
                Accumulations = granted,
                Redemptions = [],
            };
            return RedeemOutcome.Redeemed;
        }
    }

    private static Customer ToCustomer(JsonObject node)
    {
        node["status"] ??= CustomerStatus.Active.Value;
        node["is_anonymous"] ??= false;
        return node.Deserialize(FakeJsonContext.Default.Customer)!;
    }

    // The lines are copied: the ledger changes its own in place, and a wallet leaves the lock.
    private Wallet BuildWallet(FakeCustomer customer) => BuildWallet(customer, Ledger.Lines(customer.Customer.Id!));

    private Wallet BuildWallet(FakeCustomer customer, IReadOnlyList<WalletLine> lines) => new()
    {
        Id = customer.WalletId,
        OwnerId = customer.Customer.Id,
        Lines = lines.Select(Copy).ToList(),
        Totals = lines
            .GroupBy(line => line.RewardId ?? string.Empty)
            .Select(group => new WalletTotal
            {
                RewardId = group.Key,
                Total = group.Sum(line => line.Amount ?? 0m),
                ExpirationDate = group.Min(line => line.ExpirationDate),
                Reward = _rewards.GetValueOrDefault(group.Key) ?? new Reward { Id = group.Key },
            })
            .ToList(),
    };

    private static WalletLine Copy(WalletLine line) => new()
    {
        Amount = line.Amount,
        RewardId = line.RewardId,
        CampaignId = line.CampaignId,
        BrandId = line.BrandId,
        IssuedAt = line.IssuedAt,
        ExpirationDate = line.ExpirationDate,
        ReservationExpiresAt = line.ReservationExpiresAt,
    };

    private JsonObject? FindByIdentity(JsonObject incoming)
    {
        foreach (var field in IdentityFields)
        {
            if (incoming[field] is JsonValue value && _contactIndex[field].TryGetValue(value.ToString(), out var found))
            {
                return found;
            }
        }

        return null;
    }

    private void Index(JsonObject contact)
    {
        foreach (var field in IdentityFields)
        {
            if (contact[field] is JsonValue value)
            {
                _contactIndex[field][value.ToString()] = contact;
            }
        }
    }

    private void Unindex(JsonObject contact)
    {
        foreach (var field in IdentityFields)
        {
            if (contact[field] is JsonValue value)
            {
                _contactIndex[field].Remove(value.ToString());
            }
        }
    }

    private static bool Matches(JsonNode? field, string wanted) =>
        field is JsonValue && string.Equals(field.ToString(), wanted, StringComparison.OrdinalIgnoreCase);

    private CustomerWithWallet WithWallet(FakeCustomer customer) => new() { Customer = customer.Customer, Wallet = BuildWallet(customer) };

    private sealed class FakeCustomer(Customer customer)
    {
        /// <summary>Gets or sets the customer as served; replaced whole by each change, never changed in place (answers serialize it outside the lock).</summary>
        public Customer Customer { get; set; } = customer;

        public string WalletId { get; } = Guid.NewGuid().ToString();

        /// <summary>Gets the customer's transactions, in the order recorded (<see cref="RecordTransaction"/> is the only way in).</summary>
        public List<Transaction> Transactions { get; } = [];

        public List<GiftCard> GiftCards { get; set; } = [];

        /// <summary>Gets or sets a value indicating whether the customer's transactions were migrated: Masivo takes them once.</summary>
        public bool TransactionsMigrated { get; set; }

        /// <summary>Gets the customer's referral codes by campaign id.</summary>
        public Dictionary<string, ReferralCode> ReferralCodes { get; } = new(StringComparer.Ordinal);
    }
}

internal enum RedeemOutcome
{
    Redeemed,
    UnknownCustomer,
    UnknownCode,
    Expired,
    AlreadyRedeemed,
}
