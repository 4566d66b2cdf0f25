using System.Text.Json;
using System.Text.Json.Nodes;
using Masivo.Sdk.Testing.Internal;

namespace Masivo.Sdk.Testing;

/// <summary>A request the fake server received, as it arrived, with typed views of its body.</summary>
public sealed class FakeServerRequest
{
    internal FakeServerRequest(string method, string path, IReadOnlyDictionary<string, string> query, IReadOnlyDictionary<string, string> headers, string? body, DateTimeOffset receivedAt)
    {
        Method = method;
        Path = path;
        Route = FakeRoutes.Of(method, path);
        Query = query;
        Headers = headers;
        Body = body;
        ReceivedAt = receivedAt;
    }

    /// <summary>Gets the HTTP method.</summary>
    public string Method { get; }

    /// <summary>Gets the path relative to the API's base, such as <c>coupons/redeem</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the route the request was for.</summary>
    public FakeRoute Route { get; }

    /// <summary>Gets the query parameters.</summary>
    public IReadOnlyDictionary<string, string> Query { get; }

    /// <summary>Gets the headers, names in lower case.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>Gets the body, if any.</summary>
    public string? Body { get; }

    /// <summary>Gets when the request arrived, by the server's clock.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>Gets the body parsed as JSON, or <see langword="null"/> when there is none or it is not JSON.</summary>
    public JsonNode? Json => TryParse(Body);

    // The typed views deserialize the body once, on first use.
    private object? _typedBody;
    private bool _typedBodyRead;

    /// <summary>Gets the contacts of a <see cref="FakeRoute.MigrateContacts"/> request, in the order sent; otherwise <see langword="null"/>.</summary>
    public IReadOnlyList<ContactMigrationRecord>? MigratedContacts =>
        Route == FakeRoute.MigrateContacts ? Typed(FakeJsonContext.Default.ContactMigrationBody)?.Contacts?.OfType<ContactMigrationRecord>().ToList() : null;

    /// <summary>Gets the customers of a <see cref="FakeRoute.MigrateCustomers"/> request, in the order sent; otherwise <see langword="null"/>.</summary>
    public IReadOnlyList<CustomerMigrationRecord>? MigratedCustomers =>
        Route == FakeRoute.MigrateCustomers ? Typed(FakeJsonContext.Default.CustomerMigrationBody)?.Customers?.OfType<CustomerMigrationRecord>().ToList() : null;

    /// <summary>Gets the body of a <see cref="FakeRoute.CreateCustomer"/> request; otherwise <see langword="null"/>.</summary>
    public CreateCustomerRequest? CreatedCustomer =>
        Route == FakeRoute.CreateCustomer ? Typed(FakeJsonContext.Default.CreateCustomerRequest) : null;

    /// <summary>Gets the body of a <see cref="FakeRoute.RedeemCoupon"/> request; otherwise <see langword="null"/>.</summary>
    public RedeemCouponRequest? Redemption =>
        Route == FakeRoute.RedeemCoupon ? Typed(FakeJsonContext.Default.RedeemCouponRequest) : null;

    /// <summary>Gets a header's value, or <see langword="null"/> when absent.</summary>
    /// <param name="name">The header's name, in any case.</param>
    /// <returns>The value.</returns>
    public string? Header(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
    }

    /// <summary>Returns the method and path.</summary>
    /// <returns>For example <c>POST coupons/redeem</c>.</returns>
    public override string ToString() => $"{Method} {Path}";

    private static JsonNode? TryParse(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private T? Typed<T>(System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (!_typedBodyRead)
        {
            _typedBody = Read(typeInfo);
            _typedBodyRead = true;
        }

        return _typedBody as T;
    }

    private T? Read<T>(System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (string.IsNullOrEmpty(Body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(Body, typeInfo);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
