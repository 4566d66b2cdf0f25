using Masivo.Sdk.Http;
using Masivo.Sdk.Serialization;
using Refit;

namespace Masivo.Sdk.Coupons;

/// <summary>The coupons endpoints, as Refit sees them.</summary>
internal interface ICouponsApi
{
    [Post("/coupons/redeem")]
    Task<DataEnvelope<CouponRedemption>> RedeemAsync(
        [Body] RedeemCouponRequest request,
        [Property(MasivoOperation.RequestOptionKey)] MasivoOperation operation,
        CancellationToken cancellationToken);
}
