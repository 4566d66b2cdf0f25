using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// What changes a customer's profile: <see cref="FakeRoute.UpdateCustomer"/>, its tags (<see cref="FakeRoute.SetCustomerTags"/>,
/// <see cref="FakeRoute.RemoveCustomerTags"/>), consent (<see cref="FakeRoute.GetCustomerConsent"/>,
/// <see cref="FakeRoute.UpdateCustomerConsent"/>), devices (<see cref="FakeRoute.RegisterCustomerDevice"/>,
/// <see cref="FakeRoute.RemoveCustomerDevices"/>) and <see cref="FakeRoute.IdentifyAnonymousCustomer"/>. Each answers
/// 404 with Masivo's error for an unknown customer.
/// </summary>
internal sealed class CustomerProfileHandlers(FakeState state) : IFakeHandlers
{
    /// <summary>How long a registered device token lives (Masivo takes it from the account's device_token_ttl).</summary>
    internal static readonly TimeSpan DeviceTokenLifetime = TimeSpan.FromDays(30);

    /// <inheritdoc/>
    public IReadOnlyDictionary<FakeRoute, RequestDelegate> Routes => new Dictionary<FakeRoute, RequestDelegate>
    {
        [FakeRoute.UpdateCustomer] = FakeEndpoint.Handle(UpdateAsync),
        [FakeRoute.SetCustomerTags] = FakeEndpoint.Handle(SetTagsAsync),
        [FakeRoute.RemoveCustomerTags] = FakeEndpoint.Handle(RemoveTagsAsync),
        [FakeRoute.GetCustomerConsent] = FakeEndpoint.Handle(GetConsent),
        [FakeRoute.UpdateCustomerConsent] = FakeEndpoint.Handle(UpdateConsentAsync),
        [FakeRoute.IdentifyAnonymousCustomer] = FakeEndpoint.Handle(IdentifyAsync),
        [FakeRoute.RegisterCustomerDevice] = FakeEndpoint.Handle(RegisterDeviceAsync),
        [FakeRoute.RemoveCustomerDevices] = FakeEndpoint.Handle(RemoveDevices),
    };

    /// <summary>Replaces each field the update sets, unknown fields included.</summary>
    public async Task<IResult> UpdateAsync(HttpContext context)
    {
        var (update, error) = await FakeResults.ReadBodyAsync(context, FakeJsonContext.Default.UpdateCustomerRequest).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var changes = JsonSerializer.SerializeToNode(update!, FakeJsonContext.Default.UpdateCustomerRequest)!.AsObject();
        changes.Remove("id");
        return Change(context, node =>
        {
            foreach (var (name, value) in changes)
            {
                node[name] = value?.DeepClone();
            }
        });
    }

    /// <summary>Upserts the tags given, keeping the others.</summary>
    public async Task<IResult> SetTagsAsync(HttpContext context)
    {
        var (body, error) = await FakeResults.ReadBodyAsync(context, FakeJsonContext.Default.FakeTagsBody).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (body!.Tags is not { } tags)
        {
            return FakeResults.BadRequest("tags is required");
        }

        return Change(context, node =>
        {
            var stored = node["tags"] as JsonObject ?? [];
            foreach (var (name, value) in tags)
            {
                stored[name] = value?.DeepClone();
            }

            node["tags"] = stored.DeepClone();
        });
    }

    /// <summary>Removes the tags named in <c>{"tags": [...]}</c>; a name the customer lacks is ignored.</summary>
    public async Task<IResult> RemoveTagsAsync(HttpContext context)
    {
        var (body, error) = await FakeResults.ReadBodyAsync(context, FakeJsonContext.Default.FakeTagNamesBody).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (body!.Tags is not { Count: > 0 } names || names.Any(string.IsNullOrWhiteSpace))
        {
            return FakeResults.BadRequest("tags must name at least one tag, none blank");
        }

        return Change(context, node =>
        {
            if (node["tags"] is JsonObject stored)
            {
                foreach (var name in names)
                {
                    stored.Remove(name!);
                }
            }
        });
    }

    /// <summary>Answers the stored consent, or every purpose allowed when none was recorded.</summary>
    public IResult GetConsent(HttpContext context)
    {
        var id = FakeRoutes.RouteValue(context, "id");
        return state.FindConsent(id) is { } consent
            ? FakeResults.Data(new FakeConsentBody { Consent = consent }, FakeJsonContext.Default.FakeEnvelopeFakeConsentBody)
            : NotFound(id);
    }

    /// <summary>Records the consent, with the customer's id and, when missing, the time it was given.</summary>
    public async Task<IResult> UpdateConsentAsync(HttpContext context)
    {
        var (body, error) = await FakeResults.ReadBodyAsync(context, FakeJsonContext.Default.FakeConsentBody).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (body!.Consent is not { } consent)
        {
            return FakeResults.Unprocessable("Invalid consent data: consent is required");
        }

        var id = FakeRoutes.RouteValue(context, "id");
        consent.CustomerId = id;
        consent.ConsentTimestamp ??= state.Now;
        var changed = state.ChangeCustomer(id, node => node["consent"] = JsonSerializer.SerializeToNode(consent, FakeJsonContext.Default.CustomerConsent));
        return changed?.Customer?.Consent is { } stored
            ? FakeResults.Data(new FakeConsentBody { Consent = stored }, FakeJsonContext.Default.FakeEnvelopeFakeConsentBody)
            : NotFound(id);
    }

    /// <summary>Turns an anonymous customer into a registered one; 400 for a customer that is not anonymous, 409 for a new id taken.</summary>
    public async Task<IResult> IdentifyAsync(HttpContext context)
    {
        var (identity, error) = await FakeResults.ReadBodyAsync(context, FakeJsonContext.Default.IdentifyCustomerRequest).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (string.IsNullOrWhiteSpace(identity!.Name) || string.IsNullOrWhiteSpace(identity.Email))
        {
            return FakeResults.BadRequest("name and email are required");
        }

        var id = FakeRoutes.RouteValue(context, "id");
        var fields = JsonSerializer.SerializeToNode(identity, FakeJsonContext.Default.IdentifyCustomerRequest)!.AsObject();
        foreach (var field in new[] { "new_id", "email_status", "id" })
        {
            fields.Remove(field);
        }

        return state.Identify(id, fields, identity.NewId, out var identified) switch
        {
            IdentifyOutcome.Identified => FakeResults.Data(identified, FakeJsonContext.Default.FakeEnvelopeCustomerWithWallet),
            IdentifyOutcome.UnknownCustomer => NotFound(id),
            IdentifyOutcome.NotAnonymous => FakeResults.BadRequest($"Customer '{id}' is not anonymous"),
            _ => FakeResults.Error(StatusCodes.Status409Conflict, "Conflict", $"A customer with id '{identity.NewId}' already exists"),
        };
    }

    /// <summary>Registers a device token (refreshing it when known): it expires <see cref="DeviceTokenLifetime"/> from now.</summary>
    public async Task<IResult> RegisterDeviceAsync(HttpContext context)
    {
        var (device, error) = await FakeResults.ReadBodyAsync(context, FakeJsonContext.Default.RegisterDeviceRequest).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (string.IsNullOrWhiteSpace(device!.DeviceToken))
        {
            return FakeResults.BadRequest("device_token is required");
        }

        var now = state.Now;
        return Change(context, node =>
        {
            var devices = node["devices"] as JsonArray ?? [];
            var known = devices.OfType<JsonObject>().FirstOrDefault(d => d["device_token"]?.GetValue<string>() == device.DeviceToken);
            var registered = JsonSerializer.SerializeToNode(
                new CustomerDevice
                {
                    DeviceToken = device.DeviceToken,
                    DeviceInfo = device.DeviceInfo,
                    CreatedAt = known?["created_at"]?.GetValue<DateTimeOffset>() ?? now,
                    ExpiresAt = now + DeviceTokenLifetime,
                },
                FakeJsonContext.Default.CustomerDevice);
            if (known is not null)
            {
                devices[devices.IndexOf(known)] = registered;
            }
            else
            {
                devices.Add(registered);
            }

            node["devices"] = devices.DeepClone();
        });
    }

    /// <summary>Removes every device of the customer (its devices become <c>[]</c>).</summary>
    public IResult RemoveDevices(HttpContext context)
    {
        var id = FakeRoutes.RouteValue(context, "id");
        return state.ChangeCustomer(id, node => node["devices"] = new JsonArray()) is null
            ? NotFound(id)
            : FakeResults.Message("Device tokens removed successfully");
    }

    private static IResult NotFound(string id) => FakeResults.NotFound($"Customer '{id}' not found");

    private IResult Change(HttpContext context, Action<JsonObject> change)
    {
        var id = FakeRoutes.RouteValue(context, "id");
        try
        {
            return state.ChangeCustomer(id, change) is { } changed
                ? FakeResults.Data(changed, FakeJsonContext.Default.FakeEnvelopeCustomerWithWallet)
                : NotFound(id);
        }
        catch (JsonException exception)
        {
            return FakeResults.Unprocessable("Invalid customer data: " + exception.Message);
        }
    }
}
