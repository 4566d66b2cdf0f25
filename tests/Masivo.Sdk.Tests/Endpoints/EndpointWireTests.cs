using System.Text.Json;
using System.Text.Json.Nodes;
using Masivo.Sdk.Tests.Support;

namespace Masivo.Sdk.Tests.Endpoints;

/// <summary>
/// Every row of the endpoint table on the wire: the public call sends its descriptor's request (method,
/// escaped target, headers, the documented body to the field) and reads the documented answer, which the
/// SDK's models hold without losing a field. What is particular to one endpoint (validation, its errors,
/// every search parameter) stays in that endpoint's own wire tests.
/// </summary>
public sealed class EndpointWireTests
{
    public static TheoryData<string> Endpoints() => EndpointCases.Names();

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task The_public_call_sends_the_documented_request_carrying_its_descriptor(string endpoint)
    {
        var row = EndpointCases.Named(endpoint);
        await using var server = await EndpointServer.StartAsync();
        var client = server.CreateClient(row);

        await row.Call(client, CancellationToken.None);

        var sent = server.Requests.Where(request => request.Method == row.Method && request.Target.Split('?')[0] == row.Target.Split('?')[0]).ToList();
        Assert.True(
            sent.Count == 1,
            $"{row.Name}: expected one request {row.Sends}; the server received: {string.Join(", ", server.Requests.Select(r => r.Sends))}.");
        var request = sent[0];
        Assert.Equal(row.Sends, request.Sends);
        Assert.Equal(row.Name, request.Header(EndpointServer.EndpointHeader));
        foreach (var (name, expected) in row.Headers)
        {
            Assert.True(expected == request.Header(name), $"{row.Name}: header {name} was {request.Header(name) ?? "(absent)"}, expected {expected ?? "(absent)"}.");
        }

        if (row.Body is { } body)
        {
            Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
            JsonAssert.Equivalent(body.Node, JsonNode.Parse(request.Body));
            ModelAssert.NothingInAdditionalProperties(body.Read<object>());
        }
        else
        {
            Assert.Equal(string.Empty, request.Body);
            Assert.Null(request.Header("Content-Type"));
        }
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public void The_documented_answer_is_read_and_written_back_without_losing_a_field(string endpoint)
    {
        var row = EndpointCases.Named(endpoint);
        if (row.AnswerJson is not { } json)
        {
            return; // ResponseShape.None: the body is not read.
        }

        var answer = JsonSerializer.Deserialize(row.Answer, json);

        ModelAssert.NothingInAdditionalProperties(answer);
        JsonAssert.Equivalent(JsonNode.Parse(row.Answer), JsonSerializer.SerializeToNode(answer, json));
    }
}
