using Refit;

namespace Masivo.Sdk.Internal;

/// <summary>The coupons endpoints' requests, as Refit builds them; <see cref="CouponsEndpoints"/> holds their facts.</summary>
internal interface ICouponsApi
{
    [Post("/coupons/redeem")]
    Task<HttpResponseMessage> RedeemAsync(
        [Body] RedeemCouponRequest request,
        [Property(MasivoEndpoint.RequestOptionKey)] MasivoEndpoint endpoint,
        CancellationToken cancellationToken);
}
