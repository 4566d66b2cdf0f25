namespace Masivo.Sdk.Migrations;

/// <summary>Everything the engine needs to migrate one kind of record.</summary>
/// <param name="RecordName">The JSON array name, for messages: <c>contacts</c> or <c>customers</c>.</param>
/// <param name="BatchSize">Records per request.</param>
/// <param name="Options">The caller's options.</param>
/// <param name="RequestInterval">The spacing of request starts.</param>
/// <param name="TimeProvider">The clock used for pacing and timing.</param>
/// <param name="SendBatchAsync">Sends one batch and returns the server's message.</param>
/// <param name="ValidateRecord">Throws an <see cref="ArgumentException"/> for a record that cannot be sent.</param>
internal sealed record MigrationPlan<T>(
    string RecordName,
    int BatchSize,
    MigrationOptions Options,
    TimeSpan RequestInterval,
    TimeProvider TimeProvider,
    Func<IReadOnlyList<T>, CancellationToken, Task<string?>> SendBatchAsync,
    Action<T, int>? ValidateRecord);
