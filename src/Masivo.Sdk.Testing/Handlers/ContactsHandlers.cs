using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Testing.Internal;

/// <summary><see cref="FakeRoute.SearchContacts"/> and <see cref="FakeRoute.MigrateContacts"/>.</summary>
internal sealed class ContactsHandlers(MasivoFakeServerOptions options, FakeState state) : IFakeHandlers
{
    /// <inheritdoc/>
    public IReadOnlyDictionary<FakeRoute, RequestDelegate> Routes => new Dictionary<FakeRoute, RequestDelegate>
    {
        [FakeRoute.SearchContacts] = FakeEndpoint.Handle(Search),
        [FakeRoute.MigrateContacts] = FakeEndpoint.Handle(MigrateAsync),
    };

    private const int MaxMigrationBatch = 10_000;

    private static readonly HashSet<string> SearchFields = new(StringComparer.Ordinal)
    {
        "email", "document_number", "external_id", "second_last_name", "dob", "persona_id", "phone", "gender",
        "document_type", "first_name", "last_name", "country", "city", "source", "channel",
    };

    /// <summary>Finds the contacts whose fields equal every search field of the query.</summary>
    public IResult Search(HttpContext context)
    {
        if (CheckAccount(context) is { } accountError)
        {
            return accountError;
        }

        var criteria = context.Request.Query
            .Where(parameter => SearchFields.Contains(parameter.Key))
            .ToDictionary(parameter => parameter.Key, parameter => parameter.Value.ToString(), StringComparer.Ordinal);
        if (!criteria.ContainsKey("external_id") && !criteria.ContainsKey("email") && !criteria.ContainsKey("document_number"))
        {
            return FakeResults.BadRequest("At least one of external_id, email or document_number is required");
        }

        return FakeResults.Data(state.SearchContacts(criteria), FakeJsonContext.Default.FakeEnvelopeListContact);
    }

    /// <summary>Upserts a batch of contacts.</summary>
    public async Task<IResult> MigrateAsync(HttpContext context)
    {
        if (CheckAccount(context) is { } accountError)
        {
            return accountError;
        }

        var timeZone = context.Request.Headers["x-timezone"].ToString();
        if (timeZone.Length > 0 && !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            return FakeResults.BadRequest($"Invalid timezone '{timeZone}'");
        }

        var (body, error) = await FakeResults.ReadBodyAsync(context, FakeJsonContext.Default.ContactMigrationBody).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var contacts = body!.Contacts;
        if (contacts is null || contacts.Count is < 1 or > MaxMigrationBatch)
        {
            return FakeResults.BadRequest($"contacts must hold 1 to {MaxMigrationBatch} items; got {contacts?.Count ?? 0}");
        }

        var nullIndex = contacts.IndexOf(null);
        if (nullIndex >= 0)
        {
            return FakeResults.Unprocessable($"contacts[{nullIndex}] must be an object");
        }

        foreach (var contact in contacts)
        {
            state.UpsertContact(contact!);
        }

        return FakeResults.Message("Contacts batch enqueued successfully");
    }

    private IResult? CheckAccount(HttpContext context)
    {
        var account = context.Request.Headers["x-account-id"].ToString();
        if (account.Length == 0)
        {
            return FakeResults.BadRequest("The x-account-id header is required");
        }

        return account == options.AccountId
            ? null
            : FakeResults.Error(StatusCodes.Status403Forbidden, "Forbidden", $"The token does not grant access to account '{account}'");
    }
}
