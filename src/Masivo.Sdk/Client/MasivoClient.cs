using Masivo.Sdk.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace Masivo.Sdk;

/// <summary>
/// The entry point to Masivo's Storefront API: <see cref="Contacts"/>, <see cref="Customers"/>,
/// <see cref="Coupons"/>, <see cref="Events"/>, <see cref="Rewards"/>, <see cref="Tiers"/>, <see cref="Campaigns"/>,
/// <see cref="Transactions"/> and <see cref="Totp"/>. Thread-safe; create one per account and keep it for the application's life.
/// In a host, register it with <c>services.AddMasivoClient(...)</c>; elsewhere, <c>new MasivoClient(options)</c>
/// builds the same pipeline and must be disposed.
/// </summary>
public class MasivoClient : IDisposable
{
    private readonly MasivoClientContext? _context;
    private readonly ServiceProvider? _ownedServices;
    private ContactsClient? _contacts;
    private CustomersClient? _customers;
    private CouponsClient? _coupons;
    private EventsClient? _events;
    private RewardsClient? _rewards;
    private TiersClient? _tiers;
    private CampaignsClient? _campaigns;
    private TransactionsClient? _transactions;
    private TotpClient? _totp;

    /// <summary>Initializes a new instance of the <see cref="MasivoClient"/> class with its own HTTP pipeline.</summary>
    /// <param name="options">The options; copied, so later changes have no effect.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public MasivoClient(MasivoClientOptions options)
        : this(options, tokenProvider: null, withProvider: false, timeProvider: null)
    {
    }

    /// <summary>
    /// Initializes a new instance of the <see cref="MasivoClient"/> class with its own HTTP pipeline, on
    /// <paramref name="timeProvider"/>'s clock: token expiry, timeouts, backoff and migration pacing all
    /// read it (a test's fake clock, say; the same one the fake server runs on).
    /// </summary>
    /// <param name="options">The options; copied, so later changes have no effect.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="timeProvider"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public MasivoClient(MasivoClientOptions options, TimeProvider timeProvider)
        : this(options, tokenProvider: null, withProvider: false, timeProvider ?? throw new ArgumentNullException(nameof(timeProvider)))
    {
    }

    /// <summary>
    /// Initializes a new instance of the <see cref="MasivoClient"/> class with its own HTTP pipeline and
    /// bearer tokens from <paramref name="tokenProvider"/>.
    /// </summary>
    /// <param name="options">The options, without <see cref="MasivoClientOptions.ApiKey"/> or <see cref="MasivoClientOptions.AccessToken"/>; copied, so later changes have no effect.</param>
    /// <param name="tokenProvider">Supplies the bearer tokens.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="tokenProvider"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public MasivoClient(MasivoClientOptions options, IMasivoTokenProvider tokenProvider)
        : this(options, tokenProvider ?? throw new ArgumentNullException(nameof(tokenProvider)), withProvider: true, timeProvider: null)
    {
    }

    private MasivoClient(MasivoClientOptions? options, IMasivoTokenProvider? tokenProvider, bool withProvider, TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = MasivoClientOptionsValidator.GetFailures(options, tokenProviderRegistered: withProvider);
        if (failures.Count > 0)
        {
            throw new ArgumentException("Invalid MasivoClientOptions: " + string.Join(" ", failures), nameof(options));
        }

        var services = new ServiceCollection();
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        if (tokenProvider is not null)
        {
            services.AddSingleton(tokenProvider);
        }

        MasivoServiceRegistration.Register(services, MasivoServiceRegistration.DefaultName, builder => builder.Configure(options.CopyTo));
        _ownedServices = services.BuildServiceProvider();
        _context = _ownedServices.GetRequiredKeyedService<MasivoClientContext>(MasivoServiceRegistration.DefaultName);
    }

    /// <summary>Initializes a new instance of the <see cref="MasivoClient"/> class for mocking.</summary>
    protected MasivoClient()
    {
    }

    internal MasivoClient(MasivoClientContext context)
    {
        _context = context;
    }

    /// <summary>Gets the contacts operations: search and migrate.</summary>
    public virtual ContactsClient Contacts => Resource(ref _contacts, static context => new ContactsClient(context));

    /// <summary>Gets the customers operations: create, get and migrate.</summary>
    public virtual CustomersClient Customers => Resource(ref _customers, static context => new CustomersClient(context));

    /// <summary>Gets the coupons operations: redeem.</summary>
    public virtual CouponsClient Coupons => Resource(ref _coupons, static context => new CouponsClient(context));

    /// <summary>Gets the behavior events operations: send, fulfil, reverse, preview a redemption, and fulfil expired events.</summary>
    public virtual EventsClient Events => Resource(ref _events, static context => new EventsClient(context));

    /// <summary>Gets the rewards operations: list (paged for you), get and create.</summary>
    public virtual RewardsClient Rewards => Resource(ref _rewards, static context => new RewardsClient(context));

    /// <summary>Gets the tiers operations: list.</summary>
    public virtual TiersClient Tiers => Resource(ref _tiers, static context => new TiersClient(context));

    /// <summary>Gets the campaigns operations: list (paged for you), get and create.</summary>
    public virtual CampaignsClient Campaigns => Resource(ref _campaigns, static context => new CampaignsClient(context));

    /// <summary>Gets the account transactions operations: list a day's (paged for you).</summary>
    public virtual TransactionsClient Transactions => Resource(ref _transactions, static context => new TransactionsClient(context));

    /// <summary>Gets the one-time code operations: create and verify.</summary>
    public virtual TotpClient Totp => Resource(ref _totp, static context => new TotpClient(context));

    /// <summary>
    /// Gets every resource property above, each registered as a service of its own by <c>AddMasivoClient</c>
    /// (a convention test holds this list to the properties).
    /// </summary>
    internal static IReadOnlyList<MasivoResource> Resources { get; } =
    [
        new(typeof(ContactsClient), static client => client.Contacts),
        new(typeof(CustomersClient), static client => client.Customers),
        new(typeof(CouponsClient), static client => client.Coupons),
        new(typeof(EventsClient), static client => client.Events),
        new(typeof(RewardsClient), static client => client.Rewards),
        new(typeof(TiersClient), static client => client.Tiers),
        new(typeof(CampaignsClient), static client => client.Campaigns),
        new(typeof(TransactionsClient), static client => client.Transactions),
        new(typeof(TotpClient), static client => client.Totp),
    ];

    /// <summary>Releases the HTTP pipeline of a client created with <see cref="MasivoClient(MasivoClientOptions)"/>; a client from a container is released by the container.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the resources this instance owns.</summary>
    /// <param name="disposing"><see langword="true"/> when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _ownedServices?.Dispose();
        }
    }

    /// <summary>A resource client, created on first use over this client's context.</summary>
    private T Resource<T>(ref T? field, Func<MasivoClientContext, T> create)
        where T : class
    {
        if (Volatile.Read(ref field) is { } existing)
        {
            return existing;
        }

        var created = create(_context ?? throw MockingGuard.NotConfigured(nameof(MasivoClient)));
        return Interlocked.CompareExchange(ref field, created, null) ?? created;
    }
}
