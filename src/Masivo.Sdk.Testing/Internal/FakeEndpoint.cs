using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// Turns a handler returning an <see cref="IResult"/> into a plain <see cref="RequestDelegate"/>:
/// no request-delegate generation and no reflection, so the fake server behaves the same trimmed or
/// under Native AOT (where a generated async handler was seen answering 200 with an empty body).
/// </summary>
internal static class FakeEndpoint
{
    public static RequestDelegate Handle(Func<HttpContext, Task<IResult>> handler) =>
        async context => await (await handler(context).ConfigureAwait(false)).ExecuteAsync(context).ConfigureAwait(false);

    public static RequestDelegate Handle(Func<HttpContext, IResult> handler) =>
        context => handler(context).ExecuteAsync(context);
}
