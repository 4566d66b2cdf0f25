using System.Collections.Frozen;

namespace Masivo.Sdk.Internal;

/// <summary>
/// The facts of one Masivo endpoint that the pipeline reads: its name (span, metric tag, log field and
/// <see cref="MasivoException.Operation"/>), method and path template, whether a repeat is safe, how it
/// answers and what to advise per status. Travels on each request in its options, attached once by
/// <see cref="EndpointCall"/>. Each resource declares its endpoints in its own folder.
/// </summary>
internal abstract class MasivoEndpoint
{
    public const string RequestOptionKey = "Masivo.Sdk.Endpoint";

    private static readonly HttpRequestOptionsKey<MasivoEndpoint> Key = new(RequestOptionKey);

    private FrozenDictionary<int, string> _advice = FrozenDictionary<int, string>.Empty;

    protected MasivoEndpoint(string name, string method, string pathTemplate, RetrySafety retry, ResponseShape shape)
    {
        Name = name;
        Method = method;
        PathTemplate = pathTemplate;
        Route = $"{method} {pathTemplate}";
        IsIdempotent = retry == RetrySafety.Repeatable;
        Shape = shape;
        PathParameters = ParsePathParameters(pathTemplate);
    }

    /// <summary>Gets the operation's name, such as <c>coupons.redeem</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the HTTP method, such as <c>POST</c>.</summary>
    public string Method { get; }

    /// <summary>Gets the path relative to the base address, with its parameters in braces: <c>customers/{id}</c>.</summary>
    public string PathTemplate { get; }

    /// <summary>Gets the method and path template, such as <c>GET customers/{id}</c>: what messages name (never an id).</summary>
    public string Route { get; }

    /// <summary>Gets the names of the path's parameters, in order.</summary>
    public IReadOnlyList<string> PathParameters { get; }

    /// <summary>
    /// Gets a value indicating whether repeating the request cannot do harm (a read, or an absolute update or
    /// upsert such as a contacts or customers migration batch; not a history migration batch, which adds up). When false, the request is repeated only when Masivo certainly did not process it.
    /// </summary>
    public bool IsIdempotent { get; }

    /// <summary>Gets how a success is answered.</summary>
    public ResponseShape Shape { get; }

    /// <summary>
    /// Gets a value indicating whether the request goes through Masivo's migration limiter. Its 429s
    /// are waited out by the migration engine, paced with every other migration request of the client.
    /// </summary>
    public bool IsMigration { get; init; }

    /// <summary>Gets or sets (at declaration) what to tell the caller per error status, beside the generic advice.</summary>
    public IReadOnlyDictionary<int, string> Advice
    {
        get => _advice;
        init => _advice = value.ToFrozenDictionary();
    }

    /// <summary>Gets a value indicating whether a success carries JSON the caller gets, read by <see cref="ParseAnswerAsync"/>.</summary>
    public abstract bool ReadsJson { get; }

    public static MasivoEndpoint? Of(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Key, out var endpoint) ? endpoint : null;

    /// <summary>
    /// Deserializes a success's body from the connection into this endpoint's answer type, leaving the value in
    /// the response as its <see cref="ParsedAnswerContent{T}"/>. Runs inside the attempt (<see cref="ResponseReadingHandler"/>).
    /// </summary>
    public abstract Task ParseAnswerAsync(HttpResponseMessage response, CancellationToken cancellationToken);

    /// <summary>The advice for <paramref name="statusCode"/> specific to this endpoint, if it has one.</summary>
    public string? AdviceFor(int statusCode) => _advice.GetValueOrDefault(statusCode);

    public override string ToString() => Name;

    private static string[] ParsePathParameters(string template)
    {
        var names = new List<string>();
        var start = template.IndexOf('{', StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = template.IndexOf('}', start);
            names.Add(template[(start + 1)..end]);
            start = template.IndexOf('{', end);
        }

        return [.. names];
    }
}
