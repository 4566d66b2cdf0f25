using System.Globalization;
using System.Text.Json.Serialization.Metadata;

namespace Masivo.Sdk.Internal;

/// <summary>
/// The facts of one migration: the endpoint each batch is sent to, the record type and the body a batch
/// becomes, the batch sizes, and, where Masivo limits a request by a nested count (events per request,
/// say), each record's weight and the most a batch may weigh.
/// </summary>
internal sealed class MigrationEndpoint<TApi, TRecord, TBody>
    where TApi : class
{
    /// <summary>Gets the endpoint one batch is sent to; it must be a migration endpoint (<see cref="MasivoEndpoint.IsMigration"/>).</summary>
    public required MasivoEndpoint<TApi, MigrationBatchRequest, MigrationAcknowledgement> Batch { get; init; }

    /// <summary>Gets the JSON name of the records, such as <c>customers</c>: it names records in messages (<c>customers[12]</c>).</summary>
    public required string RecordName { get; init; }

    /// <summary>Gets what messages call the whole migration, such as <c>customers' events migration</c>.</summary>
    public required string MigrationName { get; init; }

    /// <summary>Gets the records per batch unless <see cref="MigrationOptions.BatchSize"/> says otherwise.</summary>
    public required int DefaultBatchSize { get; init; }

    /// <summary>Gets what a batch's records become as a request body.</summary>
    public required Func<IReadOnlyList<TRecord>, TBody> CreateBody { get; init; }

    /// <summary>Gets the body's source-generated JSON type.</summary>
    public required JsonTypeInfo<TBody> BodyJson { get; init; }

    /// <summary>Gets a value indicating whether <see cref="MigrationOptions.TimeZone"/> may set the batch's <c>x-timezone</c>.</summary>
    public bool TimeZoneAllowed { get; init; }

    /// <summary>Gets what throws an <see cref="ArgumentException"/> for a record that cannot be sent, naming the field.</summary>
    public Action<TRecord>? ValidateRecord { get; init; }

    /// <summary>Gets what a batch is limited by beside its record count, if anything.</summary>
    public BatchWeight<TRecord>? Weight { get; init; }

    /// <summary>
    /// Gets a record's id, where a record has one that the caller knows it by (a customer's, in a history migration): a record
    /// that cannot be migrated is named by it as well as by its position (<c>customers[12] (id 'cust-7')</c>).
    /// </summary>
    public Func<TRecord, string?>? RecordId { get; init; }
}

/// <summary>
/// A limit on a batch by a count its records hold: at most <see cref="Limit"/> <see cref="Name"/> per request
/// (<c>customers/migrate/events</c> takes at most 1,000 events in all, a customer holding many). A batch is
/// closed before the record that would take it past the limit; that record starts the next batch.
/// </summary>
/// <param name="Name">What is counted, as Masivo names it, such as <c>events</c>.</param>
/// <param name="Limit">The most a batch may hold; at least 1.</param>
/// <param name="Of">The count one record holds; a record that holds more than <paramref name="Limit"/> cannot be sent.</param>
internal sealed record BatchWeight<TRecord>(string Name, int Limit, Func<TRecord, int> Of)
{
    /// <summary>Gets the most a batch may hold; at least 1.</summary>
    public int Limit { get; } = Limit >= 1 ? Limit : throw new ArgumentOutOfRangeException(nameof(Limit), Limit, "A batch weight limit must be at least 1.");

    /// <summary>
    /// Gets the least one record must hold: 0 (the default) accepts a record that holds none; 1 when every
    /// record needs at least one (every customer sent to <c>customers/migrate/events</c> needs an event).
    /// A negative count is refused whatever this says.
    /// </summary>
    public int MinimumPerRecord { get; init; }

    /// <summary>Weighs a record, or says why it cannot be sent: it holds more than a request may, or less than a record must.</summary>
    /// <returns>The reason, to follow <c>customers[12] cannot be migrated: </c>; <see langword="null"/> when the record fits.</returns>
    public string? Weigh(TRecord record, out int weight)
    {
        weight = Of(record);
        if (weight > Limit)
        {
            return string.Create(CultureInfo.InvariantCulture, $"it holds {weight:N0} {Name}; a request may hold at most {Limit:N0}.");
        }

        var least = Math.Max(0, MinimumPerRecord);
        return weight < least
            ? string.Create(CultureInfo.InvariantCulture, $"it holds {weight:N0} {Name}; every record must hold at least {least:N0}.")
            : null;
    }
}

/// <summary>What one migration request carries: its serialized batch and, for contacts, the batch's time zone.</summary>
internal readonly record struct MigrationBatchRequest(HttpContent Content, string? TimeZone);
