using System.Text.Json.Nodes;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// Registers, reads, updates and migrates customers, and reads their transactions, gift cards, consent and referral
/// codes. Get it from <see cref="MasivoClient.Customers"/>.
/// </summary>
public class CustomersClient
{
    /// <summary>
    /// The customers per migration request unless <see cref="MigrationOptions.BatchSize"/> says otherwise:
    /// 1,000, as Masivo's migration guide advises. Up to 10,000 are accepted for accounts where Masivo allows larger batches.
    /// </summary>
    public const int DefaultMigrationBatchSize = 1_000;

    /// <summary>
    /// The most events one <c>customers/migrate/events</c> request may hold in all, whatever the number of customers
    /// (Masivo's documented limit): a batch is closed before the customer that would take it past this, and a customer
    /// holding more cannot be migrated.
    /// </summary>
    public const int MaxMigratedEventsPerRequest = 1_000;

    /// <summary>
    /// The most transactions one <c>customers/migrate/transactions</c> request may hold in all. Masivo's reference
    /// truncates the limit's text; the SDK applies the events limit, a customer holding more cannot be migrated.
    /// </summary>
    public const int MaxMigratedTransactionsPerRequest = 1_000;

    private readonly MasivoClientContext? _context;

    /// <summary>Initializes a new instance of the <see cref="CustomersClient"/> class for mocking.</summary>
    protected CustomersClient()
    {
    }

    internal CustomersClient(MasivoClientContext context) => _context = context;

    private MasivoClientContext Context => _context ?? throw MockingGuard.NotConfigured(nameof(CustomersClient));

    /// <summary>
    /// Registers a customer and returns it with its new wallet. Because Masivo has no idempotency key,
    /// the call is repeated only when Masivo certainly did not process it (429, or no connection made).
    /// </summary>
    /// <param name="customer">The customer; id, name, email and registration_date are required.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The created customer and its wallet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A required field is missing, or the id could not be read back with <see cref="GetAsync"/> (blank, <c>.</c> or <c>..</c>, a control character or a lone surrogate, more than 1,024 characters); nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused the customer, for example 409 for an id already taken.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out; the customer may have been created.</exception>
    public virtual Task<CustomerWithWallet> CreateAsync(CreateCustomerRequest customer, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, CustomersEndpoints.Create, customer, cancellationToken);

    /// <summary>
    /// Gets a registered customer with its wallet: profile, points, rewards and metrics. A read: retried on
    /// transient failures (a 5xx, a timeout, a dropped connection).
    /// </summary>
    /// <param name="customerId">The customer's id, as registered; escaped in the path.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The customer and its wallet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is blank, is <c>.</c> or <c>..</c>, holds a control character or a lone surrogate, or has more than 1,024 characters (nothing was sent). <see cref="CreateAsync"/> and <see cref="MigrateAsync(IEnumerable{CustomerMigrationRecord}, MigrationOptions?, CancellationToken)"/> refuse such ids too, so every customer the SDK registers can be read back.</exception>
    /// <exception cref="MasivoApiException">Masivo refused the call: 404 (<see cref="MasivoApiException.StatusCode"/>) when no customer is registered with this id.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out, after its retries.</exception>
    public virtual Task<CustomerWithWallet> GetAsync(string customerId, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, CustomersEndpoints.Get, customerId, cancellationToken);

    /// <summary>
    /// Updates a customer's profile: every field set in <paramref name="update"/> replaces the stored one, the others
    /// are left as they are. An absolute update: retried on transient failures (a 5xx, a timeout, a dropped connection).
    /// </summary>
    /// <param name="customerId">The customer's id, as registered; escaped in the path.</param>
    /// <param name="update">The fields to change.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The customer and its wallet, as updated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> or <paramref name="update"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is blank, is <c>.</c> or <c>..</c>, holds a control character or a lone surrogate, or has more than 1,024 characters; or a field of <paramref name="update"/> is set blank (name, email), or document_type is set without document_number (or the reverse). Nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused the call: 404 (<see cref="MasivoApiException.StatusCode"/>) when no customer is registered with this id.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out, after its retries.</exception>
    public virtual Task<CustomerWithWallet> UpdateAsync(string customerId, UpdateCustomerRequest update, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, CustomersEndpoints.Update, new(customerId, update), cancellationToken);

    /// <summary>
    /// Adds tags to a customer or changes their values (an upsert: tags not named are kept). An absolute update:
    /// retried on transient failures.
    /// </summary>
    /// <param name="customerId">The customer's id, as registered; escaped in the path.</param>
    /// <param name="tags">The tags, name to value, such as <c>{"segment": "vip"}</c>.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The customer, with its tags as stored now, and its wallet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> or <paramref name="tags"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is blank, is <c>.</c> or <c>..</c>, holds a control character or a lone surrogate, or has more than 1,024 characters; or a tag has a blank name. Nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused the call: 404 (<see cref="MasivoApiException.StatusCode"/>) when no customer is registered with this id.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out, after its retries.</exception>
    public virtual Task<CustomerWithWallet> SetTagsAsync(string customerId, JsonObject tags, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, CustomersEndpoints.SetTags, new(customerId, tags), cancellationToken);

    /// <summary>
    /// Removes tags from a customer by name; a name the customer does not have is no error. Masivo's reference does not
    /// show how the names travel: they are sent as the JSON body <c>{"tags": ["name", …]}</c>, the likely form beside
    /// the <c>tags</c> object its upsert takes. An absolute update: retried on transient failures.
    /// </summary>
    /// <param name="customerId">The customer's id, as registered; escaped in the path.</param>
    /// <param name="tagNames">The names of the tags to remove, at least one; read once.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The customer, with its remaining tags, and its wallet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> or <paramref name="tagNames"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is blank, is <c>.</c> or <c>..</c>, holds a control character or a lone surrogate, or has more than 1,024 characters; or <paramref name="tagNames"/> is empty (which could read as "every tag") or holds a blank name. Nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused the call: 404 (<see cref="MasivoApiException.StatusCode"/>) when no customer is registered with this id.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out, after its retries.</exception>
    public virtual Task<CustomerWithWallet> RemoveTagsAsync(string customerId, IEnumerable<string> tagNames, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, CustomersEndpoints.RemoveTags, new(customerId, tagNames?.ToArray()!), cancellationToken);

    /// <summary>
    /// Gets a customer's consent (IAB TCF): its consent string, purposes and vendors. A customer who never recorded
    /// one is answered with every purpose allowed. A read: retried on transient failures.
    /// </summary>
    /// <param name="customerId">The customer's id, as registered; escaped in the path.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The customer's consent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is blank, is <c>.</c> or <c>..</c>, holds a control character or a lone surrogate, or has more than 1,024 characters. Nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused the call: 404 (<see cref="MasivoApiException.StatusCode"/>) when no customer is registered with this id.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out, after its retries.</exception>
    public virtual Task<CustomerConsent> GetConsentAsync(string customerId, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, CustomersEndpoints.GetConsent, customerId, cancellationToken);

    /// <summary>
    /// Records a customer's consent (IAB TCF). Once recorded, each purpose must be <see langword="true"/> to allow
    /// it: with <see cref="ConsentPurposes.BehavioralCampaigns"/> <see langword="false"/>, the customer's events are accepted
    /// but not rewarded. An absolute update: retried on transient failures.
    /// </summary>
    /// <param name="customerId">The customer's id, as registered; escaped in the path.</param>
    /// <param name="consent">The consent to record.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The consent as recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> or <paramref name="consent"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is blank, is <c>.</c> or <c>..</c>, holds a control character or a lone surrogate, or has more than 1,024 characters; or a field of <paramref name="consent"/> is set both as a property and in its additional properties. Nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused the call: 404 when no customer is registered with this id, 422 when it found the consent invalid.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out, after its retries.</exception>
    public virtual Task<CustomerConsent> UpdateConsentAsync(string customerId, CustomerConsent consent, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, CustomersEndpoints.UpdateConsent, new(customerId, consent), cancellationToken);

    /// <summary>
    /// Turns an anonymous customer (registered with <see cref="Customer.IsAnonymous"/> set) into a registered one with
    /// its real identity, optionally under a new id. Not repeated after a failure that may hide a success (a 5xx, a
    /// timeout, a dropped connection): read the customer back before trying again.
    /// </summary>
    /// <param name="customerId">The anonymous customer's current id; escaped in the path.</param>
    /// <param name="identity">The customer's identity; name and email are required.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The identified customer and its wallet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> or <paramref name="identity"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is blank, is <c>.</c> or <c>..</c>, holds a control character or a lone surrogate, or has more than 1,024 characters; or name or email is missing, new_id could not be read back, document_type and document_number are not set together, or a device has no device_token. Nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused the call: 404 when no customer is registered with this id.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out; the customer may have been identified.</exception>
    public virtual Task<CustomerWithWallet> IdentifyAnonymousAsync(string customerId, IdentifyCustomerRequest identity, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, CustomersEndpoints.IdentifyAnonymous, new(customerId, identity), cancellationToken);

    /// <summary>
    /// Registers (or refreshes) a device token for the customer's push notifications; Masivo sets its expiry from the
    /// account's device_token_ttl. Masivo's reference answers the customer with its wallet (its guide shows a message instead).
    /// An absolute update: retried on transient failures.
    /// </summary>
    /// <param name="customerId">The customer's id, as registered; escaped in the path.</param>
    /// <param name="device">The device; device_token is required.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The customer, with its devices, and its wallet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> or <paramref name="device"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is blank, is <c>.</c> or <c>..</c>, holds a control character or a lone surrogate, or has more than 1,024 characters; or device_token is missing. Nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused the call: 400 when marketing automation is not enabled for the account, 404 when no customer is registered with this id.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out, after its retries.</exception>
    public virtual Task<CustomerWithWallet> RegisterDeviceAsync(string customerId, RegisterDeviceRequest device, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, CustomersEndpoints.RegisterDevice, new(customerId, device), cancellationToken);

    /// <summary>
    /// Removes every device token of the customer, so it receives no more push notifications (Masivo documents this
    /// endpoint only in a guide; its answer is not read). An absolute update: retried on transient failures.
    /// </summary>
    /// <param name="customerId">The customer's id, as registered; escaped in the path.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>A task that completes when Masivo has accepted the removal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is blank, is <c>.</c> or <c>..</c>, holds a control character or a lone surrogate, or has more than 1,024 characters. Nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused the call: 404 (<see cref="MasivoApiException.StatusCode"/>) when no customer is registered with this id.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out, after its retries.</exception>
    public virtual Task RemoveDevicesAsync(string customerId, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, CustomersEndpoints.RemoveDevices, customerId, cancellationToken);

    /// <summary>
    /// Gets a customer's transactions: the rewards it earned, spent, lost to expiry, migrated, transferred or had
    /// reversed. Without a year, Masivo answers the last three months. A read: retried on transient failures.
    /// </summary>
    /// <param name="customerId">The customer's id, as registered; escaped in the path.</param>
    /// <param name="query">The year, brand, reward and type to filter by; <see langword="null"/> for the last three months.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The transactions, as Masivo orders them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is blank, is <c>.</c> or <c>..</c>, holds a control character or a lone surrogate, or has more than 1,024 characters; or the year is before 2020. Nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused the call: 404 (<see cref="MasivoApiException.StatusCode"/>) when no customer is registered with this id.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out, after its retries.</exception>
    public virtual Task<IReadOnlyList<Transaction>> GetTransactionsAsync(string customerId, CustomerTransactionsQuery? query = null, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, CustomersEndpoints.GetTransactions, new(customerId, query), cancellationToken);

    /// <summary>
    /// Gets the gift cards a customer won, redeemed or not. A read: retried on transient failures.
    /// </summary>
    /// <param name="customerId">The customer's id, as registered; escaped in the path.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The customer's gift cards.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is blank, is <c>.</c> or <c>..</c>, holds a control character or a lone surrogate, or has more than 1,024 characters. Nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused the call: 404 (<see cref="MasivoApiException.StatusCode"/>) when no customer is registered with this id.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out, after its retries.</exception>
    public virtual Task<IReadOnlyList<GiftCard>> GetGiftCardsAsync(string customerId, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, CustomersEndpoints.GetGiftCards, customerId, cancellationToken);

    /// <summary>
    /// Gets the customer's code for a referral campaign, creating it the first time (Masivo answers the same code
    /// afterwards). Not repeated after a failure that may hide a success (a 5xx, a timeout, a dropped connection).
    /// </summary>
    /// <param name="customerId">The customer's id, as registered; escaped in the path.</param>
    /// <param name="request">The referral campaign (and its brand, for a brand's campaign).</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The customer's referral code for the campaign.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> or <paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is blank, is <c>.</c> or <c>..</c>, holds a control character or a lone surrogate, or has more than 1,024 characters; or campaign_id is missing. Nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused the call: 404 (<see cref="MasivoApiException.StatusCode"/>) when no customer is registered with this id.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out; the code may have been created (requesting it again answers the same code).</exception>
    public virtual Task<ReferralCode> RequestReferralCodeAsync(string customerId, RequestReferralCodeRequest request, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, CustomersEndpoints.RequestReferralCode, new(customerId, request), cancellationToken);

    /// <summary>
    /// Imports customers, with their wallets, metrics and devices, in batches of 1,000 by default, paced
    /// to Masivo's migration rate limit. The source is read lazily; a collection is validated whole first.
    /// </summary>
    /// <param name="customers">The customers, read once, in order.</param>
    /// <param name="options">Batch size, failure handling and progress; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">A token to cancel the migration.</param>
    /// <returns>The outcome of every batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid, or a record of a collection is, for example a document_type without a document_number (nothing was sent).</exception>
    /// <exception cref="MasivoMigrationException">
    /// The migration stopped: a batch failed with <see cref="MigrationOptions.ContinueOnBatchFailure"/> off, the source
    /// threw, or a record read from it is invalid (the cause is the <see cref="Exception.InnerException"/>).
    /// <see cref="MasivoMigrationException.Result"/> holds every record read in exactly one batch; resume with
    /// <c>Skip(Result.NextRecordIndex)</c>.
    /// </exception>
    /// <exception cref="MasivoMigrationCanceledException">The caller cancelled; its <c>Result</c> accounts for every record read the same way.</exception>
    public virtual Task<MigrationResult<CustomerMigrationRecord>> MigrateAsync(IEnumerable<CustomerMigrationRecord> customers, MigrationOptions? options = null, CancellationToken cancellationToken = default) =>
        Migration.RunAsync(Context, CustomersEndpoints.Migrate, customers, options, cancellationToken);

    /// <summary>
    /// Imports a stream of customers in batches of 1,000 by default, paced to Masivo's migration rate
    /// limit, holding only the batch being sent in memory. Each record is validated before its batch is sent.
    /// </summary>
    /// <param name="customers">The customers, read once, in order.</param>
    /// <param name="options">Batch size, failure handling and progress; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">A token to cancel the migration.</param>
    /// <returns>The outcome of every batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid, or a record of a collection is (nothing was sent).</exception>
    /// <exception cref="MasivoMigrationException">
    /// The migration stopped: a batch failed with <see cref="MigrationOptions.ContinueOnBatchFailure"/> off, the source
    /// threw, or a record read from it is invalid (the cause is the <see cref="Exception.InnerException"/>).
    /// <see cref="MasivoMigrationException.Result"/> holds every record read in exactly one batch; resume with
    /// <c>Skip(Result.NextRecordIndex)</c>.
    /// </exception>
    /// <exception cref="MasivoMigrationCanceledException">The caller cancelled; its <c>Result</c> accounts for every record read the same way.</exception>
    public virtual Task<MigrationResult<CustomerMigrationRecord>> MigrateAsync(IAsyncEnumerable<CustomerMigrationRecord> customers, MigrationOptions? options = null, CancellationToken cancellationToken = default) =>
        Migration.RunAsync(Context, CustomersEndpoints.Migrate, customers, options, cancellationToken);

    /// <summary>
    /// Imports customers' past events, paced to Masivo's migration rate limit with the client's other migrations. A request holds at
    /// most 1,000 events in all (<see cref="MaxMigratedEventsPerRequest"/>) and 1,000 customers by default: a batch is cut by the
    /// events it holds. Migrated events are fulfilled and trigger no campaign. Not an upsert (events add up, pass after pass): a batch is
    /// sent again only after a 429 or when no connection was made, never after a 5xx or a timeout, which Masivo may have processed. The source is read lazily; a collection is validated whole first.
    /// </summary>
    /// <param name="customers">The customers, read once, in order.</param>
    /// <param name="options">Batch size (customers per request), failure handling and progress; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">A token to cancel the migration.</param>
    /// <returns>The outcome of every batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid, or a record of a collection is: a customer without an id, without events or with more than 1,000, or an event without its type, order, fulfilled, issued_at or resolved_at (nothing was sent).</exception>
    /// <exception cref="MasivoMigrationException">
    /// The migration stopped: a batch failed with <see cref="MigrationOptions.ContinueOnBatchFailure"/> off, the source
    /// threw, or a record read from it is invalid (the cause is the <see cref="Exception.InnerException"/>).
    /// <see cref="MasivoMigrationException.Result"/> holds every record read in exactly one batch. Not an upsert: a batch
    /// that failed with a 5xx, a timeout or a dropped connection was not sent again and Masivo may have processed it, as its
    /// message says; check before resending it, then resume with <c>Skip(Result.NextRecordIndex)</c> (not processed) or past it.
    /// </exception>
    /// <exception cref="MasivoMigrationCanceledException">The caller cancelled; its <c>Result</c> accounts for every record read the same way.</exception>
    public virtual Task<MigrationResult<CustomerEventsMigrationRecord>> MigrateEventsAsync(IEnumerable<CustomerEventsMigrationRecord> customers, MigrationOptions? options = null, CancellationToken cancellationToken = default) =>
        Migration.RunAsync(Context, CustomersEndpoints.MigrateEvents, customers, options, cancellationToken);

    /// <summary>
    /// Imports a stream of customers' past events, paced to Masivo's migration rate limit, holding only the batch being sent in
    /// memory. A request holds at most 1,000 events in all; each record is validated before its batch is sent. Not an upsert: a
    /// batch is sent again only after a 429 or when no connection was made, never after a 5xx or a timeout.
    /// </summary>
    /// <param name="customers">The customers, read once, in order.</param>
    /// <param name="options">Batch size (customers per request), failure handling and progress; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">A token to cancel the migration.</param>
    /// <returns>The outcome of every batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid, or a record of a collection is: a customer without an id, without events or with more than 1,000, or an event without its type, order, fulfilled, issued_at or resolved_at (nothing was sent).</exception>
    /// <exception cref="MasivoMigrationException">
    /// The migration stopped: a batch failed with <see cref="MigrationOptions.ContinueOnBatchFailure"/> off, the source
    /// threw, or a record read from it is invalid (the cause is the <see cref="Exception.InnerException"/>).
    /// <see cref="MasivoMigrationException.Result"/> holds every record read in exactly one batch. Not an upsert: a batch
    /// that failed with a 5xx, a timeout or a dropped connection was not sent again and Masivo may have processed it, as its
    /// message says; check before resending it, then resume with <c>Skip(Result.NextRecordIndex)</c> (not processed) or past it.
    /// </exception>
    /// <exception cref="MasivoMigrationCanceledException">The caller cancelled; its <c>Result</c> accounts for every record read the same way.</exception>
    public virtual Task<MigrationResult<CustomerEventsMigrationRecord>> MigrateEventsAsync(IAsyncEnumerable<CustomerEventsMigrationRecord> customers, MigrationOptions? options = null, CancellationToken cancellationToken = default) =>
        Migration.RunAsync(Context, CustomersEndpoints.MigrateEvents, customers, options, cancellationToken);

    /// <summary>
    /// Imports customers' past transactions, paced to Masivo's migration rate limit with the client's other migrations. A request
    /// holds at most 1,000 transactions in all (<see cref="MaxMigratedTransactionsPerRequest"/>) and 1,000 customers by default.
    /// A customer's transactions must add up to its migrated balance, so they are migrated once: a batch is sent again only after a
    /// 429 or when no connection was made, never after a 5xx or a timeout, which Masivo may have processed. The source is read lazily; a collection is validated whole first.
    /// </summary>
    /// <param name="customers">The customers, read once, in order.</param>
    /// <param name="options">Batch size (customers per request), failure handling and progress; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">A token to cancel the migration.</param>
    /// <returns>The outcome of every batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid, or a record of a collection is: a customer without an id, without transactions or with more than 1,000 (nothing was sent).</exception>
    /// <exception cref="MasivoMigrationException">
    /// The migration stopped: a batch failed with <see cref="MigrationOptions.ContinueOnBatchFailure"/> off, the source
    /// threw, or a record read from it is invalid (the cause is the <see cref="Exception.InnerException"/>).
    /// <see cref="MasivoMigrationException.Result"/> holds every record read in exactly one batch. Not an upsert: a batch
    /// that failed with a 5xx, a timeout or a dropped connection was not sent again and Masivo may have processed it, as its
    /// message says; check before resending it, then resume with <c>Skip(Result.NextRecordIndex)</c> (not processed) or past it.
    /// </exception>
    /// <exception cref="MasivoMigrationCanceledException">The caller cancelled; its <c>Result</c> accounts for every record read the same way.</exception>
    public virtual Task<MigrationResult<CustomerTransactionsMigrationRecord>> MigrateTransactionsAsync(IEnumerable<CustomerTransactionsMigrationRecord> customers, MigrationOptions? options = null, CancellationToken cancellationToken = default) =>
        Migration.RunAsync(Context, CustomersEndpoints.MigrateTransactions, customers, options, cancellationToken);

    /// <summary>
    /// Imports a stream of customers' past transactions, paced to Masivo's migration rate limit, holding only the batch being sent
    /// in memory. A request holds at most 1,000 transactions in all; each record is validated before its batch is sent. Not an
    /// upsert: a batch is sent again only after a 429 or when no connection was made, never after a 5xx or a timeout.
    /// </summary>
    /// <param name="customers">The customers, read once, in order.</param>
    /// <param name="options">Batch size (customers per request), failure handling and progress; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">A token to cancel the migration.</param>
    /// <returns>The outcome of every batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid, or a record of a collection is: a customer without an id, without transactions or with more than 1,000 (nothing was sent).</exception>
    /// <exception cref="MasivoMigrationException">
    /// The migration stopped: a batch failed with <see cref="MigrationOptions.ContinueOnBatchFailure"/> off, the source
    /// threw, or a record read from it is invalid (the cause is the <see cref="Exception.InnerException"/>).
    /// <see cref="MasivoMigrationException.Result"/> holds every record read in exactly one batch. Not an upsert: a batch
    /// that failed with a 5xx, a timeout or a dropped connection was not sent again and Masivo may have processed it, as its
    /// message says; check before resending it, then resume with <c>Skip(Result.NextRecordIndex)</c> (not processed) or past it.
    /// </exception>
    /// <exception cref="MasivoMigrationCanceledException">The caller cancelled; its <c>Result</c> accounts for every record read the same way.</exception>
    public virtual Task<MigrationResult<CustomerTransactionsMigrationRecord>> MigrateTransactionsAsync(IAsyncEnumerable<CustomerTransactionsMigrationRecord> customers, MigrationOptions? options = null, CancellationToken cancellationToken = default) =>
        Migration.RunAsync(Context, CustomersEndpoints.MigrateTransactions, customers, options, cancellationToken);
}
