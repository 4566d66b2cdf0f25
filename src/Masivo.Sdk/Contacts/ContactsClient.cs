using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>Searches, creates, updates and migrates contacts. Get it from <see cref="MasivoClient.Contacts"/>.</summary>
public class ContactsClient
{
    /// <summary>The contacts per migration request unless <see cref="MigrationOptions.BatchSize"/> says otherwise: the endpoint's maximum.</summary>
    public const int DefaultMigrationBatchSize = 10_000;

    private readonly MasivoClientContext? _context;

    /// <summary>Initializes a new instance of the <see cref="ContactsClient"/> class for mocking.</summary>
    protected ContactsClient()
    {
    }

    internal ContactsClient(MasivoClientContext context) => _context = context;

    private MasivoClientContext Context => _context ?? throw MockingGuard.NotConfigured(nameof(ContactsClient));

    /// <summary>
    /// Finds contacts by external id, email or document number (at least one is required), optionally
    /// narrowed by the query's other fields. Retried on transient failures.
    /// </summary>
    /// <param name="query">The search criteria.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The matching contacts; empty when none match.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">None of external_id, email or document_number is set.</exception>
    /// <exception cref="MasivoApiException">Masivo refused the search.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out.</exception>
    public virtual Task<IReadOnlyList<Contact>> SearchAsync(ContactSearchQuery query, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, ContactsEndpoints.Search, query, cancellationToken);

    /// <summary>
    /// Creates a contact. Because Masivo has no idempotency key, the call is repeated only when Masivo certainly did
    /// not process it (429, or no connection made). Masivo documents the answer without its usual <c>data</c>
    /// envelope; either shape is read.
    /// </summary>
    /// <param name="contact">The contact; one of external_id, email or document_number is required.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The contact as Masivo stored it, with its id and persona id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contact"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">None of external_id, email or document_number is set, or one is set blank; nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused the contact.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out; the contact may have been created.</exception>
    public virtual Task<Contact> CreateAsync(CreateContactRequest contact, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, ContactsEndpoints.Create, contact, cancellationToken);

    /// <summary>
    /// Updates a contact with <c>PUT</c>: the fields sent are stored. An absolute update: retried on transient failures.
    /// Masivo documents the answer as <c>{"data": [contact]}</c>, an array: the one contact in it is returned. An answer
    /// holding several contacts is a <see cref="MasivoInvalidResponseException"/> rather than a guess at which one was
    /// updated.
    /// </summary>
    /// <param name="contactId">Masivo's id of the contact; escaped in the path.</param>
    /// <param name="contact">The contact's fields.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The contact as updated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contactId"/> or <paramref name="contact"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="contactId"/> is blank, is <c>.</c> or <c>..</c>, holds a control character or a lone surrogate, or has more than 1,024 characters; or no field is set; or an identity field or persona_id is set blank. Nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused the call.</exception>
    /// <exception cref="MasivoInvalidResponseException">The answer holds no contact, or more than one; the update may have been stored.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out, after its retries.</exception>
    public virtual Task<Contact> UpdateAsync(string contactId, UpdateContactRequest contact, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, ContactsEndpoints.Update, new ForContact<UpdateContactRequest>(contactId, contact), cancellationToken);

    /// <summary>
    /// Imports contacts in batches of at most 10,000 (the endpoint's maximum and the default), paced to
    /// Masivo's migration rate limit. The source is read lazily; a collection is validated whole first.
    /// </summary>
    /// <param name="contacts">The contacts, read once, in order.</param>
    /// <param name="options">Batch size, time zone, failure handling and progress; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">A token to cancel the migration.</param>
    /// <returns>The outcome of every batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contacts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid, or a record of a collection is (nothing was sent).</exception>
    /// <exception cref="MasivoMigrationException">
    /// The migration stopped: a batch failed with <see cref="MigrationOptions.ContinueOnBatchFailure"/> off, the source
    /// threw, or a record read from it is invalid (the cause is the <see cref="Exception.InnerException"/>).
    /// <see cref="MasivoMigrationException.Result"/> holds every record read in exactly one batch; resume with
    /// <c>Skip(Result.NextRecordIndex)</c>.
    /// </exception>
    /// <exception cref="MasivoMigrationCanceledException">The caller cancelled; its <c>Result</c> accounts for every record read the same way.</exception>
    public virtual Task<MigrationResult<ContactMigrationRecord>> MigrateAsync(IEnumerable<ContactMigrationRecord> contacts, MigrationOptions? options = null, CancellationToken cancellationToken = default) =>
        Migration.RunAsync(Context, ContactsEndpoints.Migrate, contacts, options, cancellationToken);

    /// <summary>
    /// Imports a stream of contacts in batches of at most 10,000, paced to Masivo's migration rate
    /// limit, holding only the batch being sent in memory.
    /// </summary>
    /// <param name="contacts">The contacts, read once, in order.</param>
    /// <param name="options">Batch size, time zone, failure handling and progress; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">A token to cancel the migration.</param>
    /// <returns>The outcome of every batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contacts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid, or a record of a collection is (nothing was sent).</exception>
    /// <exception cref="MasivoMigrationException">
    /// The migration stopped: a batch failed with <see cref="MigrationOptions.ContinueOnBatchFailure"/> off, the source
    /// threw, or a record read from it is invalid (the cause is the <see cref="Exception.InnerException"/>).
    /// <see cref="MasivoMigrationException.Result"/> holds every record read in exactly one batch; resume with
    /// <c>Skip(Result.NextRecordIndex)</c>.
    /// </exception>
    /// <exception cref="MasivoMigrationCanceledException">The caller cancelled; its <c>Result</c> accounts for every record read the same way.</exception>
    public virtual Task<MigrationResult<ContactMigrationRecord>> MigrateAsync(IAsyncEnumerable<ContactMigrationRecord> contacts, MigrationOptions? options = null, CancellationToken cancellationToken = default) =>
        Migration.RunAsync(Context, ContactsEndpoints.Migrate, contacts, options, cancellationToken);
}
