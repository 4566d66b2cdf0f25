namespace Masivo.Sdk.Internal;

/// <summary>
/// Describes one API operation to the pipeline: its name for errors, logs and traces, and whether
/// repeating it after an ambiguous failure is safe. Travels on each request in its options.
/// </summary>
internal sealed class MasivoOperation(string name, string method, string path, bool isIdempotent, bool isMigration = false)
{
    public const string RequestOptionKey = "Masivo.Sdk.Operation";

    private static readonly HttpRequestOptionsKey<MasivoOperation> Key = new(RequestOptionKey);

    public static readonly MasivoOperation SearchContacts = new("contacts.search", "GET", "contacts", isIdempotent: true);
    public static readonly MasivoOperation MigrateContacts = new("contacts.migrate", "POST", "contacts/migrate", isIdempotent: true, isMigration: true);
    public static readonly MasivoOperation CreateCustomer = new("customers.create", "POST", "customers", isIdempotent: false);
    public static readonly MasivoOperation MigrateCustomers = new("customers.migrate", "POST", "customers/migrate", isIdempotent: true, isMigration: true);
    public static readonly MasivoOperation RedeemCoupon = new("coupons.redeem", "POST", "coupons/redeem", isIdempotent: false);
    public static readonly MasivoOperation Authorize = new("auth.authorize", "GET", "auth/authorize", isIdempotent: true);

    /// <summary>Gets the operation's name, such as <c>coupons.redeem</c>.</summary>
    public string Name { get; } = name;

    /// <summary>Gets the HTTP method, such as <c>POST</c>.</summary>
    public string Method { get; } = method;

    /// <summary>Gets the method and path relative to the base address, such as <c>POST coupons/redeem</c>.</summary>
    public string Route { get; } = $"{method} {path}";

    /// <summary>
    /// Gets a value indicating whether repeating the request cannot do harm (a read, or an upsert such
    /// as a migration batch). When false, the request is repeated only when Masivo certainly did not process it.
    /// </summary>
    public bool IsIdempotent { get; } = isIdempotent;

    /// <summary>
    /// Gets a value indicating whether the request goes through Masivo's migration limiter. Its 429s
    /// are waited out by the migration engine, paced with every other migration request of the client.
    /// </summary>
    public bool IsMigration { get; } = isMigration;

    public static MasivoOperation? Of(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Key, out var operation) ? operation : null;

    public override string ToString() => Name;
}
