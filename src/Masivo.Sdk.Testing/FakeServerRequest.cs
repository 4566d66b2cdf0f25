namespace Masivo.Sdk.Testing;

/// <summary>A request the fake server received, as it arrived.</summary>
public sealed class FakeServerRequest
{
    internal FakeServerRequest(string method, string path, IReadOnlyDictionary<string, string> query, IReadOnlyDictionary<string, string> headers, string? body, DateTimeOffset receivedAt)
    {
        Method = method;
        Path = path;
        Query = query;
        Headers = headers;
        Body = body;
        ReceivedAt = receivedAt;
    }

    /// <summary>Gets the HTTP method.</summary>
    public string Method { get; }

    /// <summary>Gets the path relative to the API's base, such as <c>coupons/redeem</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the query parameters.</summary>
    public IReadOnlyDictionary<string, string> Query { get; }

    /// <summary>Gets the headers, names in lower case.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>Gets the body, if any.</summary>
    public string? Body { get; }

    /// <summary>Gets when the request arrived, by the server's clock.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>Returns the method and path.</summary>
    /// <returns>For example <c>POST coupons/redeem</c>.</returns>
    public override string ToString() => $"{Method} {Path}";
}
