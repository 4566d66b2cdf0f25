using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>Redeems coupon codes. Get it from <see cref="MasivoClient.Coupons"/>.</summary>
public class CouponsClient
{
    private readonly MasivoClientContext? _context;

    /// <summary>Initializes a new instance of the <see cref="CouponsClient"/> class for mocking.</summary>
    protected CouponsClient()
    {
    }

    internal CouponsClient(MasivoClientContext context) => _context = context;

    private MasivoClientContext Context => _context ?? throw MockingGuard.NotConfigured(nameof(CouponsClient));

    /// <summary>
    /// Redeems a coupon code for a customer and returns the updated customer and wallet with what was
    /// granted and used. A redemption is never repeated after a failure that may hide a success
    /// (a 5xx, a timeout, a broken connection): only after a 429 or when no connection was made.
    /// </summary>
    /// <param name="request">The redemption; customer_id and code are required.</param>
    /// <param name="cancellationToken">A token to cancel the call.</param>
    /// <returns>The redemption's outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">customer_id or code is missing.</exception>
    /// <exception cref="MasivoApiException">
    /// Masivo refused the redemption: unknown customer or code (404), a used or invalid code or an unmet
    /// campaign condition (400, see <see cref="MasivoApiException.Requirement"/>).
    /// </exception>
    /// <exception cref="MasivoException">The call failed on the network or timed out; the coupon may have been redeemed.</exception>
    public virtual Task<CouponRedemption> RedeemAsync(RedeemCouponRequest request, CancellationToken cancellationToken = default) =>
        EndpointCall.RunAsync(Context, CouponsEndpoints.Redeem, request, cancellationToken);
}
