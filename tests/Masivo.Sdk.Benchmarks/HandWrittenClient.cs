using System.Net.Http.Headers;
using System.Net.Http.Json;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk.Benchmarks;

/// <summary>The floor: what a careful developer writes by hand with HttpClient and source-generated System.Text.Json.</summary>
public sealed class HandWrittenClient(HttpClient http)
{
    public async Task<CouponRedemption> RedeemAsync(RedeemCouponRequest request, CancellationToken cancellationToken = default)
    {
        using var message = Request(HttpMethod.Post, "coupons/redeem");
        message.Content = JsonContent.Create(request, MasivoJsonContext.Default.RedeemCouponRequest);
        return (await SendAsync(message, MasivoJsonContext.Default.DataEnvelopeCouponRedemption, cancellationToken)).Data!;
    }

    public async Task<CustomerWithWallet> CreateAsync(CreateCustomerRequest customer, CancellationToken cancellationToken = default)
    {
        using var message = Request(HttpMethod.Post, "customers");
        message.Content = JsonContent.Create(customer, MasivoJsonContext.Default.CreateCustomerRequest);
        return (await SendAsync(message, MasivoJsonContext.Default.DataEnvelopeCustomerWithWallet, cancellationToken)).Data!;
    }

    public async Task<IReadOnlyList<Contact>> SearchAsync(string email, CancellationToken cancellationToken = default)
    {
        using var message = Request(HttpMethod.Get, "contacts?email=" + Uri.EscapeDataString(email));
        return (await SendAsync(message, MasivoJsonContext.Default.DataEnvelopeIReadOnlyListContact, cancellationToken)).Data!;
    }

    private static HttpRequestMessage Request(HttpMethod method, string path)
    {
        var message = new HttpRequestMessage(method, path);
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "benchmark-token");
        message.Headers.TryAddWithoutValidation("x-account-id", "benchmark-account");
        message.Headers.TryAddWithoutValidation("x-timezone", "UTC");
        return message;
    }

    private async Task<T> SendAsync<T>(HttpRequestMessage message, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        // HttpClient's default: the body is read to the end inside SendAsync, under HttpClient.Timeout,
        // as the SDK reads it inside each attempt, under its attempt timeout.
        using var response = await http.SendAsync(message, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(typeInfo, cancellationToken))!;
    }
}
