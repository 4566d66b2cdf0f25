using System.Globalization;
using System.Runtime.CompilerServices;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Lists that span pages, read as the caller enumerates: each page is one call through <see cref="EndpointCall"/>
/// (so it is validated, retried like any read, traced and mapped like any call), and the next page's arguments are
/// worked out from the page just read, until there is none. Cancellation is checked before every page and before
/// every row is handed out. A server that would make the list endless (a page larger than asked, the same page
/// again, a cursor already followed) ends it with a <see cref="MasivoInvalidResponseException"/> naming the operation,
/// rather than spending the account's requests on a loop.
/// </summary>
internal static class Pager
{
    /// <summary>
    /// Pages by a 0-based, inclusive index range (<c>from</c>/<c>to</c>): a page shorter than asked is the last. A page
    /// longer than asked, or a full page whose first and last rows are those of the page before (the server ignored
    /// the range), is an invalid response.
    /// </summary>
    /// <param name="context">The client's context.</param>
    /// <param name="endpoint">The list endpoint; each page is one call of it.</param>
    /// <param name="query">The caller's query, already validated.</param>
    /// <param name="pageSize">The rows asked per page.</param>
    /// <param name="rangeOf">The range a page's query asks for.</param>
    /// <param name="atRange">The query with a page's range set, leaving the caller's query untouched.</param>
    /// <param name="idOf">A row's id, to tell one page from the next.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public static IAsyncEnumerable<TItem> ByIndexRange<TApi, TQuery, TItem>(
        MasivoClientContext context,
        MasivoEndpoint<TApi, TQuery, IReadOnlyList<TItem>> endpoint,
        TQuery query,
        int pageSize,
        Func<TQuery, IndexRange> rangeOf,
        Func<TQuery, IndexRange, TQuery> atRange,
        Func<TItem, string?> idOf,
        CancellationToken cancellationToken)
        where TApi : class =>
        EnumerateAsync(
            context,
            endpoint,
            atRange(query, IndexRange.First(pageSize)),
            () =>
            {
                (string? First, string? Last)? previous = null;
                return (args, page) =>
                {
                    var range = rangeOf(args);
                    if (page.Count > range.Size)
                    {
                        throw Invalid(
                            endpoint,
                            string.Create(CultureInfo.InvariantCulture, $"{page.Count:N0} rows to a page of {range.Size:N0} (from={range.FromText}, to={range.ToText}); the server did not keep to the range, so the rows cannot be paged without repeating some."));
                    }

                    if (page.Count < range.Size)
                    {
                        return default;
                    }

                    var ends = (First: idOf(page[0]), Last: idOf(page[^1]));
                    if (ends.First is not null && ends.Last is not null && previous == ends)
                    {
                        throw Invalid(
                            endpoint,
                            string.Create(CultureInfo.InvariantCulture, $"the same rows to from={range.FromText}, to={range.ToText} as to the page before (first {ends.First}, last {ends.Last}); the server ignored the range, and following it would never end."));
                    }

                    previous = ends;
                    return atRange(query, range.Next());
                };
            },
            cancellationToken);

    /// <summary>
    /// Pages by cursor: the next page starts after the last row's id, until a page holds fewer than
    /// <paramref name="maxPageSize"/> rows. A full page whose last row has no id, or names a cursor already sent in this
    /// enumeration (the server went back: following it would lose rows or loop), is an invalid response.
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
            () =>
            {
                var sent = new HashSet<string>(StringComparer.Ordinal);
                return (args, page) =>
                {
                    if (cursorOf(args) is { } cursor)
                    {
                        sent.Add(cursor);
                    }

                    if (page.Count < maxPageSize)
                    {
                        return default;
                    }

                    var last = idOf(page[^1]);
                    if (string.IsNullOrEmpty(last))
                    {
                        throw Invalid(endpoint, $"a full page whose last row has no id; the next page cannot be asked for.");
                    }

                    if (sent.Contains(last))
                    {
                        throw Invalid(
                            endpoint,
                            $"a full page whose last row, {last}, is a cursor already sent in this list; following it would repeat pages without end.");
                    }

                    return afterCursor(args, last);
                };
            },
            cancellationToken);

    private static async IAsyncEnumerable<TItem> EnumerateAsync<TApi, TArgs, TItem>(
        MasivoClientContext context,
        MasivoEndpoint<TApi, TArgs, IReadOnlyList<TItem>> endpoint,
        TArgs first,
        Func<Func<TArgs, IReadOnlyList<TItem>, TArgs?>> startFollowing,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TApi : class
    {
        // Each enumeration follows the pages afresh: what it has seen is its own.
        var next = startFollowing();
        var args = first;
        while (args is not null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await EndpointCall.RunAsync(context, endpoint, args, cancellationToken).ConfigureAwait(false);

            // The page is checked before any of its rows is handed out: a page the list cannot follow yields nothing.
            var following = next(args, page);
            foreach (var item in page)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }

            args = following;
        }
    }

    private static MasivoInvalidResponseException Invalid(MasivoEndpoint endpoint, string what) =>
        new($"Masivo answered {endpoint.Route} ({endpoint.Name}) with {what}", innerException: null)
        {
            StatusCode = 200,
            Operation = endpoint.Name,
        };
}
