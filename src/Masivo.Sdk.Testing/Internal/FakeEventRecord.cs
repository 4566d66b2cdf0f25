namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// One behavior event the fake holds: the event as answered, the request it came from, and what it moved in the
/// ledger, so fulfilling, reversing and expiring it move exactly that back or forth.
/// </summary>
internal sealed class FakeEventRecord(BehaviorEvent behaviorEvent, SendEventRequest request)
{
    public BehaviorEvent Event { get; } = behaviorEvent;

    public SendEventRequest Request { get; } = request;

    public string Id => Event.Id!;

    /// <summary>Gets or sets the id of the event's customer: the request's, until the customer is identified under a new id.</summary>
    public string CustomerId { get; set; } = request.CustomerId!;

    /// <summary>Gets the rewards the event earns (credited once it is processed and fulfilled).</summary>
    public List<WalletLine> Earned { get; } = [];

    /// <summary>Gets the rewards the event spends (debited, or reserved while unfulfilled, once it is processed).</summary>
    public List<WalletLine> Spent { get; } = [];

    /// <summary>Gets or sets a value indicating whether <see cref="Earned"/> is in the ledger.</summary>
    public bool Credited { get; set; }

    /// <summary>Gets or sets a value indicating whether <see cref="Spent"/> is out of the ledger.</summary>
    public bool Debited { get; set; }

    /// <summary>Gets or sets the timer that expires the event's reservation, while it is unfulfilled.</summary>
    public ITimer? Expiry { get; set; }

    public bool IsFulfilled => Event.Fulfilled != false;

    public void StopExpiry()
    {
        Expiry?.Dispose();
        Expiry = null;
    }
}
