using System.Text.Json.Serialization.Metadata;

namespace Masivo.Sdk.Internal;

/// <summary>
/// How an endpoint's success becomes what the caller gets, according to its <see cref="ResponseShape"/>: the JSON
/// type the body is parsed with (inside the attempt, by <see cref="ResponseReadingHandler"/>) and how the caller's
/// value is taken from what was parsed. <see cref="EndpointCall"/> reads it.
/// </summary>
internal sealed class EndpointResponse<T>
    where T : class
{
    private EndpointResponse(ResponseShape shape, JsonTypeInfo? json, ParseBody? parse, TakeValue? take, T? nothing)
    {
        Shape = shape;
        Json = json;
        Parse = parse;
        Take = take;
        Nothing = nothing;
    }

    /// <summary>Parses a success's body into the response's <see cref="ParsedAnswerContent{T}"/>.</summary>
    public delegate Task ParseBody(HttpResponseMessage response, MasivoEndpoint endpoint, CancellationToken cancellationToken);

    /// <summary>Takes the caller's value from a parsed body; false when the content was not parsed by this answer.</summary>
    public delegate bool TakeValue(HttpContent content, out T? value);

    public ResponseShape Shape { get; }

    /// <summary>Gets the JSON type the whole body is read with; <see langword="null"/> when it is not read.</summary>
    public JsonTypeInfo? Json { get; }

    /// <summary>Gets how a success's body is parsed; <see langword="null"/> when it is not read.</summary>
    public ParseBody? Parse { get; }

    /// <summary>Gets how the caller's value is taken from the parsed body.</summary>
    public TakeValue? Take { get; }

    /// <summary>Gets what a <see cref="ResponseShape.None"/> answer returns.</summary>
    public T? Nothing { get; }

    /// <summary><c>{"data": …}</c>: the caller gets <c>data</c>.</summary>
    public static EndpointResponse<T> Data(JsonTypeInfo<DataEnvelope<T>> envelope) => Enveloped(ResponseShape.Data, envelope);

    /// <summary>
    /// <c>{"data": {"consent": …}}</c>: the caller gets one member of <c>data</c>, chosen by <paramref name="member"/>
    /// (an answer without it is an invalid response, as one without <c>data</c> is).
    /// </summary>
    public static EndpointResponse<T> DataMember<TData>(JsonTypeInfo<DataEnvelope<TData>> envelope, Func<TData, T?> member)
        where TData : class => new(
            ResponseShape.Data,
            envelope,
            (response, endpoint, cancellationToken) => ResponseReader.ReadJsonAsync(response, envelope, endpoint, cancellationToken),
            (HttpContent content, out T? value) =>
            {
                var parsed = content as ParsedAnswerContent<DataEnvelope<TData>>;
                value = parsed?.Value?.Data is { } data ? member(data) : null;
                return parsed is not null;
            },
            null);

    /// <summary>
    /// A body of its own type whose <c>data</c> the caller gets, beside other fields it keeps (the list range
    /// <c>GET campaigns</c> echoes, say), so the documented answer is read and written back whole.
    /// </summary>
    public static EndpointResponse<T> DataIn<TBody>(JsonTypeInfo<TBody> body, Func<TBody, T?> data)
        where TBody : class => new(
            ResponseShape.Data,
            body,
            (response, endpoint, cancellationToken) => ResponseReader.ReadJsonAsync(response, body, endpoint, cancellationToken),
            (HttpContent content, out T? value) =>
            {
                var parsed = content as ParsedAnswerContent<TBody>;
                value = parsed?.Value is { } read ? data(read) : null;
                return parsed is not null;
            },
            null);

    /// <summary>A body that is the value itself.</summary>
    public static EndpointResponse<T> Bare(JsonTypeInfo<T> body) => new(
        ResponseShape.Bare,
        body,
        (response, endpoint, cancellationToken) => ResponseReader.ReadJsonAsync(response, body, endpoint, cancellationToken),
        static (HttpContent content, out T? value) =>
        {
            var parsed = content as ParsedAnswerContent<T>;
            value = parsed?.Value;
            return parsed is not null;
        },
        null);

    /// <summary>
    /// <c>{"data": …}</c> or the value itself (<see cref="ResponseShape.DataOrBare"/>): a body whose root has
    /// <paramref name="bareMarker"/> (<c>id</c>) is the value; one that has <c>data</c> without it is the envelope;
    /// anything else is an invalid response. <see cref="Json"/> is the bare value's type.
    /// </summary>
    public static EndpointResponse<T> DataOrBare(JsonTypeInfo<DataEnvelope<T>> envelope, JsonTypeInfo<T> bare, string bareMarker) => new(
        ResponseShape.DataOrBare,
        bare,
        (response, endpoint, cancellationToken) => EnvelopedOrBareReader.ReadAsync(response, envelope, bare, bareMarker, endpoint, cancellationToken),
        static (HttpContent content, out T? value) =>
        {
            var parsed = content as ParsedAnswerContent<T>;
            value = parsed?.Value;
            return parsed is not null;
        },
        null);

    /// <summary>A migration batch's <c>{"data": {"message": "…"}}</c>.</summary>
    public static EndpointResponse<T> Acknowledgement(JsonTypeInfo<DataEnvelope<T>> envelope) => Enveloped(ResponseShape.Message, envelope);

    /// <summary>
    /// Any 2xx, whose body, if any, <paramref name="parse"/> reads into the caller's value
    /// (<see cref="ResponseShape.Acknowledgement"/>); <paramref name="documented"/> is the type of the body the examples show.
    /// </summary>
    public static EndpointResponse<T> Lenient(JsonTypeInfo documented, ParseBody parse) => new(
        ResponseShape.Acknowledgement,
        documented,
        parse,
        static (HttpContent content, out T? value) =>
        {
            var parsed = content as ParsedAnswerContent<T>;
            value = parsed?.Value;
            return parsed is not null;
        },
        null);

    /// <summary>Any 2xx, whatever its body: the caller gets <paramref name="nothing"/>.</summary>
    public static EndpointResponse<T> Answering(T nothing) => new(ResponseShape.None, null, null, null, nothing);

    private static EndpointResponse<T> Enveloped(ResponseShape shape, JsonTypeInfo<DataEnvelope<T>> envelope) => new(
        shape,
        envelope,
        (response, endpoint, cancellationToken) => ResponseReader.ReadJsonAsync(response, envelope, endpoint, cancellationToken),
        static (HttpContent content, out T? value) =>
        {
            var parsed = content as ParsedAnswerContent<DataEnvelope<T>>;
            value = parsed?.Value?.Data;
            return parsed is not null;
        },
        null);
}

/// <summary>The answers several endpoints share.</summary>
internal static class EndpointResponse
{
    /// <summary>A migration batch's <c>{"data": {"message": "…"}}</c>.</summary>
    public static EndpointResponse<MigrationAcknowledgement> Message { get; } =
        EndpointResponse<MigrationAcknowledgement>.Acknowledgement(MasivoJsonContext.Default.DataEnvelopeMigrationAcknowledgement);

    /// <summary>
    /// A history migration batch's 201, documented without a body: any 2xx, its message read from <c>{"message": …}</c>,
    /// <c>{"data": {"message": …}}</c> or a JSON string when there is one.
    /// </summary>
    public static EndpointResponse<MigrationAcknowledgement> AnyAcknowledgement { get; } =
        EndpointResponse<MigrationAcknowledgement>.Lenient(MasivoJsonContext.Default.DataEnvelopeMigrationAcknowledgement, AcknowledgementReader.ReadAsync);

    /// <summary>Any 2xx, whatever its body.</summary>
    public static EndpointResponse<NoAnswer> Nothing { get; } = EndpointResponse<NoAnswer>.Answering(NoAnswer.Instance);
}

/// <summary>What an endpoint that answers nothing the caller needs returns.</summary>
internal sealed class NoAnswer
{
    public static readonly NoAnswer Instance = new();

    private NoAnswer()
    {
    }
}
