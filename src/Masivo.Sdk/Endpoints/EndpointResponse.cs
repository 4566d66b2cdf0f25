using System.Text.Json.Serialization.Metadata;

namespace Masivo.Sdk.Internal;

/// <summary>Reads an endpoint's success into what the caller gets, according to its <see cref="ResponseShape"/>.</summary>
internal sealed class EndpointResponse<T>
    where T : class
{
    private readonly JsonTypeInfo<DataEnvelope<T>>? _envelope;
    private readonly JsonTypeInfo<T>? _bare;
    private T? _nothing;


    private EndpointResponse(ResponseShape shape, JsonTypeInfo<DataEnvelope<T>>? envelope, JsonTypeInfo<T>? bare)
    {
        Shape = shape;
        _envelope = envelope;
        _bare = bare;
    }

    public ResponseShape Shape { get; }

    public static EndpointResponse<T> Data(JsonTypeInfo<DataEnvelope<T>> envelope) => new(ResponseShape.Data, envelope, null);

    public static EndpointResponse<T> Bare(JsonTypeInfo<T> body) => new(ResponseShape.Bare, null, body);

    public static EndpointResponse<T> Acknowledgement(JsonTypeInfo<DataEnvelope<T>> envelope) => new(ResponseShape.Message, envelope, null);

    public static EndpointResponse<T> Nothing(T answer) => new(ResponseShape.None, null, null) { _nothing = answer };

    /// <summary>Reads a 2xx answer; <see langword="null"/> when the body is empty or holds no <c>data</c>.</summary>
    public async Task<T?> ReadAsync(HttpResponseMessage response, MasivoEndpoint endpoint, CancellationToken cancellationToken)
    {
        if (Shape == ResponseShape.None)
        {
            return _nothing;
        }

        if (_envelope is not null)
        {
            var envelope = await ResponseReader.ReadJsonAsync(response, _envelope, endpoint, cancellationToken).ConfigureAwait(false);
            return envelope?.Data;
        }

        return await ResponseReader.ReadJsonAsync(response, _bare!, endpoint, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The answers several endpoints share.</summary>
internal static class EndpointResponse
{
    /// <summary>A migration batch's <c>{"data": {"message": "…"}}</c>.</summary>
    public static EndpointResponse<MigrationAcknowledgement> Message { get; } =
        EndpointResponse<MigrationAcknowledgement>.Acknowledgement(MasivoJsonContext.Default.DataEnvelopeMigrationAcknowledgement);

    /// <summary>Any 2xx, whatever its body.</summary>
    public static EndpointResponse<NoAnswer> Nothing { get; } = EndpointResponse<NoAnswer>.Nothing(NoAnswer.Instance);
}

/// <summary>What an endpoint that answers nothing the caller needs returns.</summary>
internal sealed class NoAnswer
{
    public static readonly NoAnswer Instance = new();

    private NoAnswer()
    {
    }
}
