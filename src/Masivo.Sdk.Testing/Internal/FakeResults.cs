using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>Masivo's answer shapes: <c>{"data": ...}</c> on success, <c>{"error","details"}</c> on failure.</summary>
internal static class FakeResults
{
    public static IResult Data<T>(T data, JsonTypeInfo<FakeEnvelope<T>> typeInfo, int statusCode = StatusCodes.Status200OK) =>
        Results.Json(new FakeEnvelope<T>(data), typeInfo, statusCode: statusCode);

    public static IResult Message(string message) =>
        Data(new FakeMessage(message), FakeJsonContext.Default.FakeEnvelopeFakeMessage);

    public static IResult Error(int statusCode, string error, string details, string? requirement = null) =>
        Results.Json(new FakeError(error, details, requirement), FakeJsonContext.Default.FakeError, statusCode: statusCode);

    public static IResult BadRequest(string details) => Error(StatusCodes.Status400BadRequest, "Bad Request", details);

    public static IResult Unprocessable(string details) => Error(StatusCodes.Status422UnprocessableEntity, "Unprocessable Entity", details);

    public static IResult NotFound(string details) => Error(StatusCodes.Status404NotFound, "Not Found", details);

    /// <summary>Reads a JSON body, or explains in a 400 why it cannot be read.</summary>
    public static async Task<(T? Body, IResult? Error)> ReadBodyAsync<T>(HttpContext context, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync(context.Request.Body, typeInfo, context.RequestAborted).ConfigureAwait(false);
            return body is null ? (null, BadRequest("The request body is required.")) : (body, null);
        }
        catch (JsonException exception)
        {
            return (null, BadRequest("The request body is not valid JSON: " + exception.Message));
        }
    }
}
