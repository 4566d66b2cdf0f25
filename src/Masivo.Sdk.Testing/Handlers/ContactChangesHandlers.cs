using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Testing.Internal;

/// <summary><see cref="FakeRoute.CreateContact"/> and <see cref="FakeRoute.UpdateContact"/>: contacts in the store searches read.</summary>
internal sealed class ContactChangesHandlers(FakeState state) : IFakeHandlers
{
    private static readonly string[] IdentityFields = ["external_id", "email", "document_number"];

    /// <inheritdoc/>
    public IReadOnlyDictionary<FakeRoute, RequestDelegate> Routes => new Dictionary<FakeRoute, RequestDelegate>
    {
        [FakeRoute.CreateContact] = FakeEndpoint.Handle(CreateAsync),
        [FakeRoute.UpdateContact] = FakeEndpoint.Handle(UpdateAsync),
    };

    /// <summary>Creates a contact and answers it without the <c>data</c> envelope, as Masivo documents.</summary>
    public async Task<IResult> CreateAsync(HttpContext context)
    {
        var (fields, error) = await ReadAsync(context).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (!IdentityFields.Any(field => fields![field] is JsonValue value && value.ToString().Length > 0))
        {
            return FakeResults.BadRequest("At least one of external_id, email or document_number is required");
        }

        var contact = state.CreateContact(fields!);
        return Results.Json(contact, FakeJsonContext.Default.Contact, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>Updates a contact and answers <c>{"data": [contact]}</c>; 404 when unknown.</summary>
    public async Task<IResult> UpdateAsync(HttpContext context)
    {
        var (fields, error) = await ReadAsync(context).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var id = FakeRoutes.RouteValue(context, "id");
        return state.UpdateContact(id, fields!) is { } contact
            ? FakeResults.Data(new List<Contact> { contact }, FakeJsonContext.Default.FakeEnvelopeListContact)
            : FakeResults.NotFound($"Contact '{id}' not found");
    }

    private static async Task<(JsonObject? Fields, IResult? Error)> ReadAsync(HttpContext context)
    {
        if (string.IsNullOrEmpty(context.Request.Headers["x-account-id"]))
        {
            return (null, FakeResults.BadRequest("x-account-id is required"));
        }

        try
        {
            var fields = await JsonSerializer.DeserializeAsync(context.Request.Body, FakeJsonContext.Default.JsonObject, context.RequestAborted).ConfigureAwait(false);
            return fields is null ? (null, FakeResults.BadRequest("The body must be a JSON object")) : (fields, null);
        }
        catch (JsonException invalid)
        {
            return (null, FakeResults.BadRequest($"The body is not valid JSON: {invalid.Message}"));
        }
    }
}
