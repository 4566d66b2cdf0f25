using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>Registers, reads and migrates customers. Get it from <see cref="MasivoClient.Customers"/>.</summary>
public class CustomersClient
{
    /// <summary>
    /// The customers per migration request unless <see cref="MigrationOptions.BatchSize"/> says otherwise:
    /// 1,000, as Masivo's migration guide advises. Up to 10,000 are accepted for accounts where Masivo allows larger batches.
    /// </summary>
    public const int DefaultMigrationBatchSize = 1_000;

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
}
