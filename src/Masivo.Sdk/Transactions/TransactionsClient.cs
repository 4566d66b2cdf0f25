using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>Reads the account's transactions, every customer's, day by day. Get it from <see cref="MasivoClient.Transactions"/>.</summary>
public class TransactionsClient
{
    private readonly MasivoClientContext? _context;

    /// <summary>Initializes a new instance of the <see cref="TransactionsClient"/> class for mocking.</summary>
    protected TransactionsClient()
    {
    }

    internal TransactionsClient(MasivoClientContext context) => _context = context;

    private MasivoClientContext Context => _context ?? throw MockingGuard.NotConfigured(nameof(TransactionsClient));

    /// <summary>
    /// Lists every customer's transactions of one day, page by page as they are enumerated: each page is one
    /// <c>GET transactions</c> of at most 1,000 rows, the next one asked with the last row's id as <c>cursor</c>, until a
    /// page holds fewer than 1,000. Each page is retried like any read. Cancelling the token stops the enumeration before
    /// the next row is handed out, even in the middle of a page.
    /// </summary>
    /// <param name="query">The day and the filters.</param>
    /// <param name="cancellationToken">A token to cancel the enumeration (also honoured through <c>WithCancellation</c>).</param>
    /// <returns>The transactions, in Masivo's order (by id).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>; thrown here, before anything is sent.</exception>
    /// <exception cref="ArgumentException">The date is unset; thrown here, before anything is sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused a page (while enumerating).</exception>
    /// <exception cref="MasivoInvalidResponseException">A page holds more than the 1,000 rows Masivo answers, a full page's last row has no id, or is a cursor already sent in this enumeration, however many pages before (the server went back, and following it would loop), or a row was read already in this enumeration: a cursor list never repeats a row (while enumerating). The enumeration keeps the ids it has read, as strings, until it ends.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (while enumerating, before the next row).</exception>
    /// <exception cref="MasivoException">A page failed on the network or timed out after its retries (while enumerating).</exception>
    public virtual IAsyncEnumerable<Transaction> ListAsync(TransactionListQuery query, CancellationToken cancellationToken = default)
    {
        EndpointCall.Validate(TransactionsEndpoints.List, query);
        return Pager.ByCursor(
            Context,
            TransactionsEndpoints.List,
            query,
            TransactionsEndpoints.PageSize,
            static q => q.Cursor,
            static (q, cursor) => q.After(cursor),
            static transaction => transaction.Id,
            cancellationToken);
    }
}
