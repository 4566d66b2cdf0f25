using Refit;

namespace Masivo.Sdk.Benchmarks;

/// <summary>What a user might write in an afternoon: a Refit interface with default settings (System.Text.Json by reflection).</summary>
public interface IPlainMasivoApi
{
    [Post("/coupons/redeem")]
    Task<PlainEnvelope<CouponRedemption>> RedeemAsync([Body] RedeemCouponRequest request, [Header("Authorization")] string authorization, [Header("x-account-id")] string accountId, [Header("x-timezone")] string timeZone);

    [Post("/customers")]
    Task<PlainEnvelope<CustomerWithWallet>> CreateAsync([Body] CreateCustomerRequest customer, [Header("Authorization")] string authorization, [Header("x-account-id")] string accountId, [Header("x-timezone")] string timeZone);

    [Get("/contacts")]
    Task<PlainEnvelope<List<Contact>>> SearchAsync(string email, [Header("Authorization")] string authorization, [Header("x-account-id")] string accountId, [Header("x-timezone")] string timeZone);

    [Get("/customers/{id}")]
    Task<PlainEnvelope<CustomerWithWallet>> GetCustomerAsync(string id, [Header("Authorization")] string authorization, [Header("x-account-id")] string accountId, [Header("x-timezone")] string timeZone);

    [Post("/contacts/migrate")]
    Task<PlainEnvelope<PlainMessage>> MigrateContactsAsync([Body] PlainContactBatch batch, [Header("Authorization")] string authorization, [Header("x-account-id")] string accountId, [Header("x-timezone")] string timeZone);
}

public sealed class PlainEnvelope<T>
{
    [System.Text.Json.Serialization.JsonPropertyName("data")]
    public T? Data { get; set; }
}

public sealed class PlainContactBatch(IReadOnlyList<ContactMigrationRecord> contacts)
{
    [System.Text.Json.Serialization.JsonPropertyName("contacts")]
    public IReadOnlyList<ContactMigrationRecord> Contacts { get; } = contacts;
}

public sealed class PlainMessage
{
    [System.Text.Json.Serialization.JsonPropertyName("message")]
    public string? Message { get; set; }
}
