namespace Masivo.Sdk.Testing.Internal;

/// <summary>One segment of a route template: a literal such as <c>customers</c>, or a parameter such as <c>{id}</c>.</summary>
/// <param name="Text">The literal, or the parameter's name without its braces.</param>
/// <param name="IsParameter">Whether the segment is a parameter, which matches any one non-empty path segment.</param>
internal readonly record struct FakeRouteSegment(string Text, bool IsParameter)
{
    public static FakeRouteSegment[] Parse(string template) =>
        template.Length == 0
            ? []
            : template.Split('/').Select(segment => segment is ['{', .., '}']
                ? new FakeRouteSegment(segment[1..^1], IsParameter: true)
                : new FakeRouteSegment(segment, IsParameter: false)).ToArray();
}
