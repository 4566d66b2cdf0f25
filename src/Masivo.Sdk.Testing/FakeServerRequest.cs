using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Masivo.Sdk.Testing.Internal;

namespace Masivo.Sdk.Testing;

/// <summary>A request the fake server received, as it arrived, with typed views of its body.</summary>
/// <example>
/// <code>
/// CreateCustomerRequest? created = server.RequestsTo(FakeRoute.CreateCustomer).Single().CreatedCustomer;
/// string customerId = server.RequestsTo(FakeRoute.GetCustomer).Single().RouteValues["id"];
/// MyRedemption? mine = server.RequestsTo(FakeRoute.RedeemCoupon).Single().ReadBody(MyJsonContext.Default.MyRedemption);
/// </code>
/// </example>
public sealed class FakeServerRequest
{
    // Masivo's wire naming, for ReadBody<T>() without a JsonTypeInfo.
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    internal FakeServerRequest(string method, string path, FakeRouteMatch match, IReadOnlyDictionary<string, string> query, IReadOnlyDictionary<string, string> headers, string? body, DateTimeOffset receivedAt)
    {
        Method = method;
        Path = path;
        Route = match.Route;
        RouteValues = match.Values;
        Query = query;
        Headers = headers;
        Body = body;
        ReceivedAt = receivedAt;
    }

    /// <summary>Gets the HTTP method.</summary>
    public string Method { get; }

    /// <summary>
    /// Gets the path relative to the API's base exactly as it arrived, percent-escaped, such as
    /// <c>coupons/redeem</c> or <c>customers/a%2Fb</c>; the whole path for a request outside the base.
    /// </summary>
    public string Path { get; }

    /// <summary>Gets the route the request was for; <see cref="FakeRoute.Unknown"/> when it matched none.</summary>
    public FakeRoute Route { get; }

    /// <summary>
    /// Gets the values of the route's path parameters by name, unescaped once, such as <c>id</c> →
    /// <c>a/b ü</c> for <c>customers/a%2Fb%20%C3%BC</c> on <see cref="FakeRoute.GetCustomer"/>;
    /// empty for a route without parameters. Names are compared without case.
    /// </summary>
    public IReadOnlyDictionary<string, string> RouteValues { get; }

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

    /// <summary>
    /// Deserializes the body as <typeparamref name="T"/> with source-generated metadata, the way that
    /// works trimmed and under Native AOT. Each call reads the body anew.
    /// </summary>
    /// <typeparam name="T">The type to read the body as.</typeparam>
    /// <param name="jsonTypeInfo">The type's metadata, such as <c>MyJsonContext.Default.MyRequest</c>.</param>
    /// <returns>The body as <typeparamref name="T"/>; <see langword="default"/> when the request had no body or its body is JSON <c>null</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jsonTypeInfo"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The body is not JSON, or not JSON of <typeparamref name="T"/>'s shape.</exception>
    public T? ReadBody<T>(JsonTypeInfo<T> jsonTypeInfo)
    {
        ArgumentNullException.ThrowIfNull(jsonTypeInfo);
        return string.IsNullOrEmpty(Body) ? default : JsonSerializer.Deserialize(Body, jsonTypeInfo);
    }

    /// <summary>
    /// Deserializes the body as <typeparamref name="T"/> by reflection, by default with Masivo's naming:
    /// a property is read from its snake_case name (<c>CustomerId</c> from <c>customer_id</c>) unless a
    /// <c>[JsonPropertyName]</c> names it, as on the SDK's own models. Each call reads the body anew.
    /// For trimmed or Native AOT tests, use <see cref="ReadBody{T}(JsonTypeInfo{T})"/>.
    /// </summary>
    /// <typeparam name="T">The type to read the body as, such as an SDK request model or a record of your own.</typeparam>
    /// <param name="options">The serializer's options; <see langword="null"/> for snake_case names.</param>
    /// <returns>The body as <typeparamref name="T"/>; <see langword="default"/> when the request had no body or its body is JSON <c>null</c>.</returns>
    /// <exception cref="JsonException">The body is not JSON, or not JSON of <typeparamref name="T"/>'s shape.</exception>
    [RequiresUnreferencedCode("Reading JSON by reflection may need members that trimming removes. Use ReadBody(JsonTypeInfo<T>) with a JsonSerializerContext instead.")]
    [RequiresDynamicCode("Reading JSON by reflection may need code generated at run time. Use ReadBody(JsonTypeInfo<T>) with a JsonSerializerContext instead.")]
    public T? ReadBody<T>(JsonSerializerOptions? options = null) =>
        string.IsNullOrEmpty(Body) ? default : JsonSerializer.Deserialize<T>(Body, options ?? SnakeCase);

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

    private T? Typed<T>(JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (!_typedBodyRead)
        {
            _typedBody = Read(typeInfo);
            _typedBodyRead = true;
        }

        return _typedBody as T;
    }

    private T? Read<T>(JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            return ReadBody(typeInfo);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
