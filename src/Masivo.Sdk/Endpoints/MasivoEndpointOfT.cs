namespace Masivo.Sdk.Internal;

/// <summary>
/// One endpoint of resource API <typeparamref name="TApi"/> (its Refit interface), called with
/// <typeparamref name="TArgs"/> (a request, a query or an id) and answering <typeparamref name="TResult"/>.
/// Holds everything <see cref="EndpointCall"/> needs: how to check the arguments, which Refit method
/// sends them, and how the answer is read.
/// </summary>
internal sealed class MasivoEndpoint<TApi, TArgs, TResult> : MasivoEndpoint
    where TApi : class
    where TResult : class
{
    public MasivoEndpoint(
        string name,
        string method,
        string pathTemplate,
        RetrySafety retry,
        EndpointResponse<TResult> response,
        Func<TApi, TArgs, MasivoEndpoint, CancellationToken, Task<HttpResponseMessage>> send)
        : base(name, method, pathTemplate, retry, response.Shape)
    {
        Response = response;
        Send = send;
    }

    /// <summary>Gets the name of the public method's parameter that carries the arguments, for <see cref="ArgumentException.ParamName"/>.</summary>
    public required string ArgumentName { get; init; }

    /// <summary>Gets what checks the arguments before anything is sent, throwing an <see cref="ArgumentException"/> that names the field (null arguments are refused before it runs).</summary>
    public required Action<TArgs, string> Validate { get; init; }

    /// <summary>
    /// Gets what checks the arguments against the client's clock (its <see cref="TimeProvider"/>), after <see cref="Validate"/>:
    /// a timestamp Masivo accepts only within a window of the present, say.
    /// </summary>
    public Action<TArgs, string, DateTimeOffset>? ValidateAt { get; init; }

    /// <summary>Gets the Refit method that builds and sends the request; it attaches the endpoint it is given to the request.</summary>
    public Func<TApi, TArgs, MasivoEndpoint, CancellationToken, Task<HttpResponseMessage>> Send { get; }

    /// <summary>Gets how a success is read.</summary>
    public EndpointResponse<TResult> Response { get; }

    /// <inheritdoc/>
    public override bool ReadsJson => Response.Parse is not null;

    /// <inheritdoc/>
    public override Task ParseAnswerAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        Response.Parse is { } parse ? parse(response, this, cancellationToken) : Task.CompletedTask;

    /// <summary>Gets, for a search, the names of the fields searched by: logged, never their values.</summary>
    public Func<TArgs, IEnumerable<string>>? QueryFields { get; init; }
}
