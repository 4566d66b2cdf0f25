using System.Net.Http.Headers;
using System.Net.Http.Json;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk.Benchmarks;

/// <summary>
/// The floor: what a careful developer writes by hand with HttpClient and source-generated System.Text.Json.
/// In memory it lets SendAsync read the body (HttpClient's default); over a socket it reads the body from
/// the stream after the headers (<see cref="HttpCompletionOption.ResponseHeadersRead"/>), as one would write it there.
/// </summary>
public sealed class HandWrittenClient(HttpClient http, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
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

    public async Task<CustomerWithWallet> GetCustomerAsync(string customerId, CancellationToken cancellationToken = default)
    {
        using var message = Request(HttpMethod.Get, "customers/" + Uri.EscapeDataString(customerId));
        return (await SendAsync(message, MasivoJsonContext.Default.DataEnvelopeCustomerWithWallet, cancellationToken)).Data!;
    }

    public async Task<string?> MigrateContactsAsync(IReadOnlyList<ContactMigrationRecord> contacts, CancellationToken cancellationToken = default)
    {
        using var message = Request(HttpMethod.Post, "contacts/migrate");
        message.Content = JsonContent.Create(new ContactMigrationBatch(contacts), MasivoJsonContext.Default.ContactMigrationBatch);
        return (await SendAsync(message, MasivoJsonContext.Default.DataEnvelopeMigrationAcknowledgement, cancellationToken)).Data!.Message;
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
        // In memory, HttpClient's default: the body is read to the end inside SendAsync, under HttpClient.Timeout,
        // as the SDK reads it inside each attempt, under its attempt timeout.
        using var response = await http.SendAsync(message, completion, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(typeInfo, cancellationToken))!;
    }
}
