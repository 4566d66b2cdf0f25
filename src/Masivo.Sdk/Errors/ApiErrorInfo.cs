namespace Masivo.Sdk.Internal;

/// <summary>What an error answer carried, parsed once and handed to the exception that reports it.</summary>
internal sealed record ApiErrorInfo(int StatusCode, string? Error, string? Details, string? Requirement, TimeSpan? RetryAfter, string? ResponseBody);
