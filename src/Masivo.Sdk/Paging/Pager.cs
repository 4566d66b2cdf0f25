using System.Runtime.CompilerServices;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Lists that span pages, read as the caller enumerates: each page is one call through <see cref="EndpointCall"/>
/// (so it is validated, retried like any read, traced and mapped like any call), and the next page's arguments are
/// worked out from the page just read, until there is none. Cancellation is checked before every page.
/// </summary>
internal static class Pager
{
    /// <summary>Pages by a 0-based, inclusive index range (<c>from</c>/<c>to</c>): a page shorter than asked is the last.</summary>
    /// <param name="context">The client's context.</param>
    /// <param name="endpoint">The list endpoint; each page is one call of it.</param>
    /// <param name="query">The caller's query, already validated.</param>
    /// <param name="pageSize">The rows asked per page.</param>
    /// <param name="rangeOf">The range a page's query asks for.</param>
    /// <param name="atRange">The query with a page's range set, leaving the caller's query untouched.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public static IAsyncEnumerable<TItem> ByIndexRange<TApi, TQuery, TItem>(
        MasivoClientContext context,
        MasivoEndpoint<TApi, TQuery, IReadOnlyList<TItem>> endpoint,
        TQuery query,
        int pageSize,
        Func<TQuery, IndexRange> rangeOf,
        Func<TQuery, IndexRange, TQuery> atRange,
        CancellationToken cancellationToken)
        where TApi : class =>
        EnumerateAsync(
            context,
            endpoint,
            atRange(query, IndexRange.First(pageSize)),
            (args, page) => page.Count < pageSize ? default : atRange(query, rangeOf(args).Next()),
            cancellationToken);

    /// <summary>
    /// Pages by cursor: the next page starts after the last row's id, until a page holds fewer than
    /// <paramref name="maxPageSize"/> rows. A full page whose last row has no id, or names the cursor just sent, is an
    /// invalid response (following it would lose rows or loop).
    /// </summary>
    public static IAsyncEnumerable<TItem> ByCursor<TApi, TQuery, TItem>(
        MasivoClientContext context,
        MasivoEndpoint<TApi, TQuery, IReadOnlyList<TItem>> endpoint,
        TQuery query,
        int maxPageSize,
        Func<TQuery, string?> cursorOf,
        Func<TQuery, string, TQuery> afterCursor,
        Func<TItem, string?> idOf,
        CancellationToken cancellationToken)
        where TApi : class =>
        EnumerateAsync(
            context,
            endpoint,
            query,
            (args, page) =>
            {
                if (page.Count < maxPageSize)
                {
                    return default;
                }

                var last = idOf(page[^1]);
                if (string.IsNullOrEmpty(last) || last == cursorOf(args))
                {
                    throw new MasivoInvalidResponseException(
                        $"Masivo answered a full page of {endpoint.Route} whose last row {(string.IsNullOrEmpty(last) ? "has no id" : "is the cursor sent")}; the next page cannot be asked for.",
                        innerException: null)
                    {
                        StatusCode = 200,
                        Operation = endpoint.Name,
                    };
                }

                return afterCursor(args, last);
            },
            cancellationToken);

    private static async IAsyncEnumerable<TItem> EnumerateAsync<TApi, TArgs, TItem>(
        MasivoClientContext context,
        MasivoEndpoint<TApi, TArgs, IReadOnlyList<TItem>> endpoint,
        TArgs first,
        Func<TArgs, IReadOnlyList<TItem>, TArgs?> next,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TApi : class
    {
        var args = first;
        while (args is not null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await EndpointCall.RunAsync(context, endpoint, args, cancellationToken).ConfigureAwait(false);
            foreach (var item in page)
            {
                yield return item;
            }

            args = next(args, page);
        }
    }
}
