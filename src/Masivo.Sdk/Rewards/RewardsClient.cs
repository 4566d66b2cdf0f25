using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// Lists, reads and creates the rewards of the account's catalogue (points, discounts, gift cards, products). Get it
/// from <see cref="MasivoClient.Rewards"/>.
/// </summary>
/// <remarks>
/// Reads are retried on transient failures; a create is never repeated after a failure that may hide a success (a 5xx,
/// a timeout, a broken connection), only after a 429 or when no connection was made: Masivo has no idempotency key.
/// </remarks>
public class RewardsClient
{
    private readonly MasivoClientContext? _context;

    /// <summary>Initializes a new instance of the <see cref="RewardsClient"/> class for mocking.</summary>
    protected RewardsClient()
    {
    }

    internal RewardsClient(MasivoClientContext context) => _context = context;

    private MasivoClientContext Context => _context ?? throw MockingGuard.NotConfigured(nameof(RewardsClient));

    /// <summary>
    /// Lists the account's rewards, page by page as they are enumerated: each page is one <c>GET rewards</c> with the
    /// <c>from</c>/<c>to</c> range (0-based, inclusive) of the next <see cref="RewardListQuery.PageSize"/> rewards, until a
    /// page comes back short. Each page is retried like any read. Cancelling the token stops the enumeration before the
    /// next row is handed out, even in the middle of a page. A server that does not keep to the range ends the list
    /// with a <see cref="MasivoInvalidResponseException"/> rather than an endless loop: a page longer than asked, a
    /// full page whose first and last reward are those of the page before, or a page that brings no reward this enumeration
    /// has not read already. To tell, the enumeration keeps the ids it has read, as strings, until it ends.
    /// </summary>
    /// <param name="query">Filters and page size; <see langword="null"/> for every reward, 1,000 per page.</param>
    /// <param name="cancellationToken">A token to cancel the enumeration (also honoured through <c>WithCancellation</c>).</param>
    /// <returns>The rewards, in Masivo's order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="RewardListQuery.PageSize"/> is outside 1..1,000; thrown here, before anything is sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused a page (while enumerating).</exception>
    /// <exception cref="MasivoInvalidResponseException">A page is longer than asked, repeats the page before, or brings no row not read already (while enumerating); the operation is named.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (while enumerating, before the next row).</exception>
    /// <exception cref="MasivoException">A page failed on the network or timed out after its retries (while enumerating).</exception>
    public virtual IAsyncEnumerable<Reward> ListAsync(RewardListQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new RewardListQuery();
        EndpointCall.Validate(RewardsEndpoints.List, query);
        return Pager.ByIndexRange(Context, RewardsEndpoints.List, query, query.RowsPerPage, static q => q.Range, static (q, range) => q.At(range), static reward => reward.Id, cancellationToken);
    }

    /// <summary>Gets one reward.</summary>
    /// <param name="rewardId">The reward's id (<see cref="Reward.Id"/>); escaped in the path.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The reward.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rewardId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="rewardId"/> is blank, <c>.</c> or <c>..</c>, holds a control character or a lone surrogate, or is too long; nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused: 404 for an unknown reward.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out, after its retries.</exception>
    public virtual Task<Reward> GetAsync(string rewardId, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, RewardsEndpoints.Get, rewardId, cancellationToken);

    /// <summary>Creates a reward (Masivo answers 201 with it, its id assigned).</summary>
    /// <param name="reward">The reward; name and type are required.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The created reward.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reward"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">name or type is missing, or a condition is null; nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused the reward.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out; the reward may have been created.</exception>
    public virtual Task<Reward> CreateAsync(CreateRewardRequest reward, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, RewardsEndpoints.Create, reward, cancellationToken);
}
