using System.Globalization;
using System.Runtime.CompilerServices;

namespace Masivo.Sdk.Internal;

/// <summary>
/// Lists that span pages, read as the caller enumerates: each page is one call through <see cref="EndpointCall"/>
/// (so it is validated, retried like any read, traced and mapped like any call), and the next page's arguments are
/// worked out from the page just read, until there is none. Cancellation is checked before every page and before
/// every row is handed out. A server that would make the list endless (a page larger than asked or than Masivo
/// answers, a page with no row not listed already, a cursor already followed, a row a cursor list repeats) ends it with
/// a <see cref="MasivoInvalidResponseException"/> naming the operation, rather than spending the account's requests on
/// a loop. To tell, an enumeration keeps the ids of the rows it has read (strings, as many as the rows it has handed
/// out, and let go when it ends): memory grows with the rows the caller reads, never with the requests.
/// </summary>
internal static class Pager
{
    /// <summary>
    /// Pages by a 0-based, inclusive index range (<c>from</c>/<c>to</c>): a page shorter than asked is the last. A page
    /// longer than asked, a full page whose first and last rows are those of the page before (the server ignored
    /// the range), or a page that brings no row whose id this enumeration has not read already (pages that cycle, or
    /// ranges that shift without moving on) is an invalid response: every page must bring a new row, so the pages
    /// asked for are never more than the rows there are plus one.
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
                var seen = new HashSet<string>(StringComparer.Ordinal);
                return (args, page) =>
                {
                    var range = rangeOf(args);
                    if (page.Count > range.Size)
                    {
                        throw Invalid(
                            endpoint,
                            string.Create(CultureInfo.InvariantCulture, $"{page.Count:N0} rows to a page of {range.Size:N0} (from={range.FromText}, to={range.ToText}); the server did not keep to the range, so the rows cannot be paged without repeating some."));
                    }

                    // A row without an id cannot be told from one read already, so it is not new.
                    var brought = false;
                    foreach (var row in page)
                    {
                        brought |= idOf(row) is { } id && seen.Add(id);
                    }

                    if (page.Count < range.Size)
                    {
                        return page.Count == 0 || brought ? default : throw NothingNew(endpoint, range, page.Count);
                    }

                    var ends = (First: idOf(page[0]), Last: idOf(page[^1]));
                    if (ends.First is not null && ends.Last is not null && previous == ends)
                    {
                        throw Invalid(
                            endpoint,
                            string.Create(CultureInfo.InvariantCulture, $"the same rows to from={range.FromText}, to={range.ToText} as to the page before (first {ends.First}, last {ends.Last}); the server ignored the range, and following it would never end."));
                    }

                    if (!brought)
                    {
                        throw NothingNew(endpoint, range, page.Count);
                    }

                    previous = ends;
                    return atRange(query, range.Next());
                };
            },
            cancellationToken);

    /// <summary>
    /// Pages by cursor: the next page starts after the last row's id, until a page holds fewer than
    /// <paramref name="maxPageSize"/> rows. A page larger than <paramref name="maxPageSize"/> (the most Masivo answers), a
    /// full page whose last row has no id, or names a cursor already sent in this enumeration (the server went back:
    /// following it would lose rows or loop), or a row whose id this enumeration has read already (a cursor list never
    /// repeats a row) is an invalid response.
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
                var read = new HashSet<string>(StringComparer.Ordinal);
                return (args, page) =>
                {
                    if (cursorOf(args) is { } cursor)
                    {
                        sent.Add(cursor);
                    }

                    if (page.Count > maxPageSize)
                    {
                        throw Invalid(
                            endpoint,
                            string.Create(CultureInfo.InvariantCulture, $"{page.Count:N0} rows in one page; Masivo answers at most {maxPageSize:N0} a call, so the page cannot be trusted."));
                    }

                    string? last = null;
                    if (page.Count == maxPageSize)
                    {
                        last = idOf(page[^1]);
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
                    }

                    foreach (var row in page)
                    {
                        if (idOf(row) is { } id && !read.Add(id))
                        {
                            throw Invalid(
                                endpoint,
                                $"row {id} a second time in this list; a cursor list never repeats a row, so the server did not keep to the cursor.");
                        }
                    }

                    return last is null ? default : afterCursor(args, last);
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

    private static MasivoInvalidResponseException NothingNew(MasivoEndpoint endpoint, IndexRange range, int rows) =>
        Invalid(
            endpoint,
            string.Create(CultureInfo.InvariantCulture, $"{rows:N0} rows to from={range.FromText}, to={range.ToText}, none of them new to this list; the server did not keep to the range, and following it would never end."));

    private static MasivoInvalidResponseException Invalid(MasivoEndpoint endpoint, string what) =>
        new($"Masivo answered {endpoint.Route} ({endpoint.Name}) with {what}", innerException: null)
        {
            StatusCode = 200,
            Operation = endpoint.Name,
        };
}
