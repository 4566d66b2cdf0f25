using Masivo.Sdk.Http;

namespace Masivo.Sdk.Migrations;

/// <summary>Everything the engine needs to migrate one kind of record.</summary>
internal sealed class MigrationPlan<T>
{
    public required string RecordName { get; init; }

    public required MasivoOperation Operation { get; init; }

    public required int BatchSize { get; init; }

    public required MigrationOptions Options { get; init; }

    public required MigrationPacer Pacer { get; init; }

    public required TimeProvider TimeProvider { get; init; }

    /// <summary>Sends one batch and returns the server's message.</summary>
    public required Func<IReadOnlyList<T>, CancellationToken, Task<string?>> SendBatchAsync { get; init; }

    /// <summary>Throws an <see cref="ArgumentException"/> for a record that cannot be sent.</summary>
    public Action<T>? ValidateRecord { get; init; }
}
