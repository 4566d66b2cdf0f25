namespace Masivo.Samples.Migration;

/// <summary>One row of the input file: its line number, its raw text, and the record read from it or why it was rejected.</summary>
internal sealed record SourceRow<T>(int Line, string Raw, T? Record, string? Rejection)
    where T : class;
