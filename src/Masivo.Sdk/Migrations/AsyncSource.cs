namespace Masivo.Sdk.Internal;

/// <summary>Presents a synchronous source to the engine, which reads every source the same way.</summary>
internal static class AsyncSource
{
#pragma warning disable CS1998 // An iterator that never awaits is still the cheapest IAsyncEnumerable over a sequence.
    public static async IAsyncEnumerable<T> From<T>(IEnumerable<T> source)
#pragma warning restore CS1998
    {
        foreach (var item in source)
        {
            yield return item;
        }
    }

    public static int? CountOf<T>(IEnumerable<T> source) => source switch
    {
        ICollection<T> collection => collection.Count,
        IReadOnlyCollection<T> collection => collection.Count,
        _ => null,
    };
}
