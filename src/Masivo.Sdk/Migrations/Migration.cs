namespace Masivo.Sdk.Internal;

/// <summary>The one path every migration takes: the source checked, the plan made from the endpoint, the engine run.</summary>
internal static class Migration
{
    public static Task<MigrationResult<TRecord>> RunAsync<TApi, TRecord, TBody>(
        MasivoClientContext context,
        MigrationEndpoint<TApi, TRecord, TBody> endpoint,
        IEnumerable<TRecord> source,
        MigrationOptions? options,
        CancellationToken cancellationToken)
        where TApi : class
    {
        ArgumentNullException.ThrowIfNull(source, endpoint.RecordName);
        return MigrationEngine.RunAsync(source, MigrationPlanFactory.Create(endpoint, options, context), cancellationToken);
    }

    public static Task<MigrationResult<TRecord>> RunAsync<TApi, TRecord, TBody>(
        MasivoClientContext context,
        MigrationEndpoint<TApi, TRecord, TBody> endpoint,
        IAsyncEnumerable<TRecord> source,
        MigrationOptions? options,
        CancellationToken cancellationToken)
        where TApi : class
    {
        ArgumentNullException.ThrowIfNull(source, endpoint.RecordName);
        return MigrationEngine.RunAsync(source, knownCount: null, MigrationPlanFactory.Create(endpoint, options, context), cancellationToken);
    }
}
