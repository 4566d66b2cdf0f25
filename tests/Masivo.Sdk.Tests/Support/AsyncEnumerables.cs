namespace Masivo.Sdk.Tests.Support;

/// <summary>Reads a paged list whole, as a caller's <c>await foreach</c> does.</summary>
internal static class AsyncEnumerables
{
    public static async Task<List<T>> CollectAsync<T>(this IAsyncEnumerable<T> items, CancellationToken cancellationToken = default)
    {
        var list = new List<T>();
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            list.Add(item);
        }

        return list;
    }
}
