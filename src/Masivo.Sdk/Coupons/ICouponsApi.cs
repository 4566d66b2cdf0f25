using Masivo.Sdk.Internal;
using Refit;

namespace Masivo.Sdk.Internal;

/// <summary>The coupons endpoints, as Refit sees them; answers are read by <see cref="MasivoCall"/>.</summary>
internal interface ICouponsApi
{
    [Post("/coupons/redeem")]
    Task<HttpResponseMessage> RedeemAsync(
        [Body] RedeemCouponRequest request,
        [Property(MasivoOperation.RequestOptionKey)] MasivoOperation operation,
        CancellationToken cancellationToken);
}
