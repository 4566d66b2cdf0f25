using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>What an operation on the fake's state gives back: a value, or Masivo's error (status, <c>error</c>, <c>details</c>).</summary>
internal readonly record struct FakeOutcome<T>(T? Value, int Status, string? Error, string? Details)
    where T : class
{
    public static implicit operator FakeOutcome<T>(T value) => new(value, StatusCodes.Status200OK, null, null);

    public static implicit operator FakeOutcome<T>(FakeFailure failure) => new(null, failure.Status, failure.Error, failure.Details);

    /// <summary>The answer: <c>{"data": value}</c>, or the error.</summary>
    public IResult ToResult(Func<T, IResult> success) =>
        Value is { } value ? success(value) : FakeResults.Error(Status, Error!, Details!);
}

/// <summary>A refusal in Masivo's error shape.</summary>
internal readonly record struct FakeFailure(int Status, string Error, string Details)
{
    public static FakeFailure BadRequest(string error, string details) => new(StatusCodes.Status400BadRequest, error, details);

    public static FakeFailure NotFound(string details) => new(StatusCodes.Status404NotFound, "Not Found", details);
}
