using System.Collections.ObjectModel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// Which <see cref="FakeRoute"/> a request is for, and the values of its path parameters. A path
/// matches a template segment by segment: a literal segment equals the path's segment (ordinal, after
/// unescaping), a parameter such as <c>{id}</c> takes one non-empty segment, and a trailing slash is
/// ignored. Where two templates match, the one with a literal at the first segment where they differ
/// wins, so <c>customers/migrate</c> and <c>customers/{id}</c> coexist whatever their methods. A
/// <c>HEAD</c> request matches the <c>GET</c> route of its path, as HTTP has it: it is recorded as
/// that route, meets that route's faults and is answered as the <c>GET</c> is, without the body
/// (Kestrel sends no body to a <c>HEAD</c>).
/// </summary>
internal static class FakeRoutes
{
    private static readonly IReadOnlyDictionary<string, string> NoValues = ReadOnlyDictionary<string, string>.Empty;

    private static readonly FakeRoute[] Api = InPrecedenceOrder(FakeRoute.All);

    /// <summary>The route of <paramref name="method"/> and <paramref name="path"/>.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path relative to the API's base as sent, percent-escaped, without the query.</param>
    public static FakeRoute Of(string method, string path) => Match(method, path).Route;

    /// <summary>The route of <paramref name="method"/> and <paramref name="path"/> with its parameters' values, each unescaped once.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path relative to the API's base as sent, percent-escaped, without the query.</param>
    /// <param name="routes">The routes to choose from; the API's when <see langword="null"/>.</param>
    public static FakeRouteMatch Match(string method, string path, IEnumerable<FakeRoute>? routes = null)
    {
        if (path.EndsWith('/'))
        {
            path = path[..^1];
        }

        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = Uri.UnescapeDataString(segments[i]);
        }

        foreach (var route in routes is null ? Api : InPrecedenceOrder(routes))
        {
            if (Serves(route.Method, method) && TryMatch(route.Segments, segments, out var values))
            {
                return new FakeRouteMatch(route, values);
            }
        }

        return FakeRouteMatch.None;
    }

    /// <summary>
    /// The path of a request relative to <paramref name="basePath"/>, exactly as it arrived (still
    /// percent-escaped: <see cref="HttpRequest.Path"/> is already unescaped, except <c>%2F</c>, which
    /// would leave <c>a%2Fb</c> and <c>a%252Fb</c> the same), and the route it matches.
    /// </summary>
    public static (string Path, FakeRouteMatch Match) Resolve(HttpContext context, string basePath)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(raw) || raw[0] != '/')
        {
            // Not origin-form (an absolute URI or '*'): fall back to the decoded path, escaped again.
            raw = (context.Request.PathBase + context.Request.Path).ToUriComponent();
        }

        var query = raw.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            raw = raw[..query];
        }

        return raw.StartsWith(basePath + "/", StringComparison.Ordinal)
            ? (raw[(basePath.Length + 1)..], Match(context.Request.Method, raw[(basePath.Length + 1)..]))
            : (raw, FakeRouteMatch.None);
    }

    /// <summary>The route of a request the recorder has seen (it runs first and resolves the route once).</summary>
    public static FakeRoute Of(HttpContext context) => Recorded(context)?.Route ?? FakeRoute.Unknown;

    /// <summary>The value of path parameter <paramref name="name"/> of the request's route, unescaped.</summary>
    public static string RouteValue(HttpContext context, string name) =>
        Recorded(context)?.RouteValues.GetValueOrDefault(name)
        ?? throw new InvalidOperationException($"The request has no route value '{name}'.");

    private static bool Serves(string routeMethod, string method) =>
        string.Equals(routeMethod, method, StringComparison.OrdinalIgnoreCase)
        || (HttpMethods.IsHead(method) && HttpMethods.IsGet(routeMethod));

    private static FakeServerRequest? Recorded(HttpContext context) =>
        context.Items.TryGetValue(typeof(FakeServerRequest), out var recorded) ? recorded as FakeServerRequest : null;

    private static bool TryMatch(IReadOnlyList<FakeRouteSegment> template, string[] segments, out IReadOnlyDictionary<string, string> values)
    {
        values = NoValues;
        if (template.Count != segments.Length)
        {
            return false;
        }

        Dictionary<string, string>? found = null;
        for (var i = 0; i < segments.Length; i++)
        {
            if (template[i].IsParameter)
            {
                if (segments[i].Length == 0)
                {
                    return false;
                }

                (found ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase))[template[i].Text] = segments[i];
            }
            else if (!string.Equals(template[i].Text, segments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        values = found is null ? NoValues : new ReadOnlyDictionary<string, string>(found);
        return true;
    }

    // Literal before parameter, segment by segment from the left; only templates of equal length can both match.
    private static FakeRoute[] InPrecedenceOrder(IEnumerable<FakeRoute> routes) =>
        routes.OrderBy(route => string.Concat(route.Segments.Select(segment => segment.IsParameter ? '1' : '0')), StringComparer.Ordinal).ToArray();
}

/// <summary>A route and the values its path parameters took, unescaped.</summary>
internal sealed record FakeRouteMatch(FakeRoute Route, IReadOnlyDictionary<string, string> Values)
{
    public static FakeRouteMatch None { get; } = new(FakeRoute.Unknown, ReadOnlyDictionary<string, string>.Empty);
}
