using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>Lists, reads and creates campaigns. Get it from <see cref="MasivoClient.Campaigns"/>.</summary>
/// <remarks>
/// Reads are retried on transient failures; a create is never repeated after a failure that may hide a success (a 5xx,
/// a timeout, a broken connection), only after a 429 or when no connection was made. Masivo documents campaigns in two
/// shapes; <see cref="Campaign"/> reads both.
/// </remarks>
public class CampaignsClient
{
    private readonly MasivoClientContext? _context;

    /// <summary>Initializes a new instance of the <see cref="CampaignsClient"/> class for mocking.</summary>
    protected CampaignsClient()
    {
    }

    internal CampaignsClient(MasivoClientContext context) => _context = context;

    private MasivoClientContext Context => _context ?? throw MockingGuard.NotConfigured(nameof(CampaignsClient));

    /// <summary>
    /// Lists campaigns, page by page as they are enumerated: each page is one <c>GET campaigns</c> with the
    /// <c>from</c>/<c>to</c> range (0-based, inclusive) of the next <see cref="CampaignListQuery.PageSize"/> campaigns,
    /// until a page comes back short. Each page is retried like any read. Cancelling the token stops the enumeration before the
    /// next row is handed out, even in the middle of a page. A server that does not keep to the range ends the list
    /// with a <see cref="MasivoInvalidResponseException"/> rather than an endless loop: a page longer than asked, a
    /// full page whose first and last campaign are those of the page before, or a page that brings no campaign this enumeration
    /// has not read already. To tell, the enumeration keeps the ids it has read, as strings, until it ends.
    /// </summary>
    /// <param name="query">Filters and page size; <see langword="null"/> for every campaign, 1,000 per page.</param>
    /// <param name="cancellationToken">A token to cancel the enumeration (also honoured through <c>WithCancellation</c>).</param>
    /// <returns>The campaigns, in Masivo's order.</returns>
    /// <exception cref="ArgumentException">The page size is outside 1..1,000, or a label is blank or holds a comma; thrown here, before anything is sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused a page (while enumerating).</exception>
    /// <exception cref="MasivoInvalidResponseException">A page is longer than asked, repeats the page before, or brings no row not read already (while enumerating); the operation is named.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (while enumerating, before the next row).</exception>
    /// <exception cref="MasivoException">A page failed on the network or timed out after its retries (while enumerating).</exception>
    public virtual IAsyncEnumerable<Campaign> ListAsync(CampaignListQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new CampaignListQuery();
        EndpointCall.Validate(CampaignsEndpoints.List, query);
        return Pager.ByIndexRange(Context, CampaignsEndpoints.List, query, query.RowsPerPage, static q => q.Range, static (q, range) => q.At(range), static campaign => campaign.Id, cancellationToken);
    }

    /// <summary>Gets one campaign, optionally with its codes summary or a customer's coupon availability.</summary>
    /// <param name="campaignId">The campaign's id (<see cref="Campaign.Id"/>); escaped in the path.</param>
    /// <param name="query">What to include; <see langword="null"/> for the campaign alone.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The campaign.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="campaignId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="campaignId"/> cannot travel in a path (blank, <c>.</c> or <c>..</c>, a control character, too long); nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused: 404 for an unknown campaign.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out, after its retries.</exception>
    public virtual Task<Campaign> GetAsync(string campaignId, CampaignGetQuery? query = null, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, CampaignsEndpoints.Get, new ForCampaign(campaignId, query), cancellationToken);

    /// <summary>
    /// Creates a campaign (Masivo answers 201 with it). Requires a SERVER API token. The dates are checked before
    /// sending, as Masivo checks them: the start not in the past and less than a year ahead (on the client's clock,
    /// allowing five minutes of difference), the end not before the start and less than a year after it.
    /// </summary>
    /// <param name="campaign">The campaign; name, type and at least one rule are required.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The created campaign.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="campaign"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A required field is missing, a rule or condition is null, the budget is negative, or a date is out of Masivo's rules; nothing was sent.</exception>
    /// <exception cref="MasivoApiException">Masivo refused the campaign.</exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out; the campaign may have been created.</exception>
    public virtual Task<Campaign> CreateAsync(CreateCampaignRequest campaign, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, CampaignsEndpoints.Create, campaign, cancellationToken);
}
