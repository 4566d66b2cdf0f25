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

    /// <summary>
    /// Reads a JSON body, or explains in a 400 why it cannot be read: JSON that does not parse, or
    /// JSON whose value does not fit its field (a date that is not a date, say), naming the field.
    /// </summary>
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
            return (null, BadRequest(await IsWellFormedAsync(context).ConfigureAwait(false)
                ? "The request body does not fit the expected shape: " + DescribeMisfit(exception)
                : "The request body is not valid JSON: " + exception.Message));
        }
    }

    // The recorder buffers every body, so it can be read again; a body that cannot be is taken as malformed.
    private static async Task<bool> IsWellFormedAsync(HttpContext context)
    {
        var body = context.Request.Body;
        if (!body.CanSeek)
        {
            return false;
        }

        body.Position = 0;
        try
        {
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // "registration_date: The JSON value could not be converted to ...", the field first and once
    // (System.Text.Json appends " Path: $.registration_date | LineNumber: ..." to its message).
    private static string DescribeMisfit(JsonException exception)
    {
        var message = exception.Message;
        var suffix = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (suffix > 0)
        {
            message = message[..suffix];
        }

        var field = exception.Path switch
        {
            null or "$" => null,
            { } path when path.StartsWith("$.", StringComparison.Ordinal) => path[2..],
            { } path => path,
        };
        return field is null ? message : $"{field}: {message}";
    }
}
