using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>One resource's handlers, each beside the route it answers: a new endpoint of the resource is a handler and its row here.</summary>
internal interface IFakeHandlers
{
    /// <summary>Gets each route of the resource and the handler that answers it.</summary>
    IReadOnlyDictionary<FakeRoute, RequestDelegate> Routes { get; }
}
