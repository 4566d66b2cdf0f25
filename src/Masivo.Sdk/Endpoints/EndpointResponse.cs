using System.Text.Json.Serialization.Metadata;

namespace Masivo.Sdk.Internal;

/// <summary>How an endpoint's success becomes what the caller gets, according to its <see cref="ResponseShape"/>; <see cref="EndpointCall"/> reads it.</summary>
internal sealed class EndpointResponse<T>
    where T : class
{
    private EndpointResponse(ResponseShape shape, JsonTypeInfo<DataEnvelope<T>>? envelope, JsonTypeInfo<T>? body, T? nothing)
    {
        Shape = shape;
        Envelope = envelope;
        Body = body;
        Nothing = nothing;
    }

    public ResponseShape Shape { get; }

    /// <summary>Gets the envelope's JSON type, for <see cref="ResponseShape.Data"/> and <see cref="ResponseShape.Message"/>.</summary>
    public JsonTypeInfo<DataEnvelope<T>>? Envelope { get; }

    /// <summary>Gets the body's JSON type, for <see cref="ResponseShape.Bare"/>.</summary>
    public JsonTypeInfo<T>? Body { get; }

    /// <summary>Gets what a <see cref="ResponseShape.None"/> answer returns.</summary>
    public T? Nothing { get; }

    public static EndpointResponse<T> Data(JsonTypeInfo<DataEnvelope<T>> envelope) => new(ResponseShape.Data, envelope, null, null);

    public static EndpointResponse<T> Bare(JsonTypeInfo<T> body) => new(ResponseShape.Bare, null, body, null);

    public static EndpointResponse<T> Acknowledgement(JsonTypeInfo<DataEnvelope<T>> envelope) => new(ResponseShape.Message, envelope, null, null);

    public static EndpointResponse<T> Answering(T nothing) => new(ResponseShape.None, null, null, nothing);
}

/// <summary>The answers several endpoints share.</summary>
internal static class EndpointResponse
{
    /// <summary>A migration batch's <c>{"data": {"message": "…"}}</c>.</summary>
    public static EndpointResponse<MigrationAcknowledgement> Message { get; } =
        EndpointResponse<MigrationAcknowledgement>.Acknowledgement(MasivoJsonContext.Default.DataEnvelopeMigrationAcknowledgement);

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
