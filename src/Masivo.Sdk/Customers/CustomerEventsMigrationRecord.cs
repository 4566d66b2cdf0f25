using System.Globalization;
using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// A customer's past events, imported with <see cref="CustomersClient.MigrateEventsAsync(IEnumerable{CustomerEventsMigrationRecord}, MigrationOptions?, CancellationToken)"/>.
/// Every customer needs at least one event and may hold at most <see cref="CustomersClient.MaxMigratedEventsPerRequest"/>
/// (a request holds at most that many events in all). Events may be migrated in several passes.
/// </summary>
public sealed class CustomerEventsMigrationRecord : MasivoModel
{
    /// <summary>Gets or sets the id of the customer, already registered or migrated; required.</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>Gets or sets the customer's events; at least one.</summary>
    [JsonPropertyName("events")] public IList<MigratedEvent>? Events { get; set; }

    /// <summary>Throws when the record breaks a rule Masivo documents, naming the field.</summary>
    internal void Validate(string paramName)
    {
        Require.Present(Id, "id (Id)", paramName);
        PathSegment.ValidateNewId(Id, "id (Id)", paramName);
        if (Events is null)
        {
            throw new ArgumentException($"events (Events) of customer '{Id}' is required: every customer needs at least one event.", paramName);
        }

        for (var i = 0; i < Events.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"events[{i}]");
            (Events[i] ?? throw new ArgumentException($"{path} of customer '{Id}' is null.", paramName)).Validate(path, paramName);
        }
    }
}
