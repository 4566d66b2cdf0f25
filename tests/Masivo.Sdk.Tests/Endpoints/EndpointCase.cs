using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Masivo.Sdk.Internal;
using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.Endpoints;

/// <summary>
/// One row of the endpoint table (<see cref="EndpointCases"/>): an SDK endpoint descriptor, how a user
/// reaches it through <see cref="MasivoClient"/>, and what goes over the wire each way. The fault matrix
/// and the generic wire test run every row; a new endpoint needs a row and nothing else in them.
/// </summary>
internal sealed class EndpointCase
{
    /// <summary>Gets the descriptor under test (for a migration, its <c>Batch</c>).</summary>
    public required MasivoEndpoint Endpoint { get; init; }

    /// <summary>Gets the call through the public client that sends one request of <see cref="Endpoint"/> (one batch, for a migration).</summary>
    public required Func<MasivoClient, CancellationToken, Task> Call { get; init; }

    /// <summary>Gets what <see cref="Call"/> must send: the method and the target relative to the base address, ids and query escaped, such as <c>GET customers/a%2Fb</c>.</summary>
    public required string Sends { get; init; }

    /// <summary>Gets the documented request body the call is built from and must send, JSON for JSON; <see langword="null"/> when the request has no body.</summary>
    public SeedRequest? Body { get; init; }

    /// <summary>Gets the documented success answer, served to every request of this endpoint that meets no fault.</summary>
    public required string Answer { get; init; }

    /// <summary>Gets the status the success is answered with.</summary>
    public int AnswerStatus { get; init; } = 200;

    /// <summary>Gets how the client under test authenticates: the token exchange is only made with an API key.</summary>
    public EndpointCredential Credential { get; init; } = EndpointCredential.AccessToken;

    /// <summary>Gets the headers the request must carry (a <see langword="null"/> value: must not carry).</summary>
    public IReadOnlyDictionary<string, string?> Headers { get; init; } = EndpointCases.ApiHeaders;

    public string Name => Endpoint.Name;

    public string Method => Sends[..Sends.IndexOf(' ', StringComparison.Ordinal)];

    public string Target => Sends[(Sends.IndexOf(' ', StringComparison.Ordinal) + 1)..];

    /// <summary>
    /// Gets the source-generated JSON type the success body is read with, as the descriptor's response states it:
    /// <c>{"data": TResult}</c> for <see cref="ResponseShape.Data"/> and <see cref="ResponseShape.Message"/> (or the
    /// envelope whose member is the answer, as for consent), <c>TResult</c> for <see cref="ResponseShape.Bare"/>, none
    /// for <see cref="ResponseShape.None"/>.
    /// </summary>
    public JsonTypeInfo? AnswerJson
    {
        get
        {
            var response = Endpoint.GetType().GetProperty("Response")!.GetValue(Endpoint)!;
            return (JsonTypeInfo?)response.GetType().GetProperty("Json")!.GetValue(response);
        }
    }

    public override string ToString() => Name;
}

/// <summary>How the client of a row authenticates.</summary>
internal enum EndpointCredential
{
    /// <summary>A fixed bearer token: nothing but the call is sent.</summary>
    AccessToken,

    /// <summary>An API key: the first call exchanges it at <c>auth/authorize</c>.</summary>
    ApiKey,
}

/// <summary>A documented request body (a seed file) and the source-generated JSON type the SDK writes it with.</summary>
internal sealed record SeedRequest(string File, JsonTypeInfo Json)
{
    /// <summary>Gets the seed as JSON: what must go over the wire.</summary>
    public JsonNode Node => Seed.Node(File);

    /// <summary>Reads the seed into the SDK's model, as a caller would have built it.</summary>
    public T Read<T>() => (T)JsonSerializer.Deserialize(Seed.Text(File), Json)!;
}
