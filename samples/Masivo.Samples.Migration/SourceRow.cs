namespace Masivo.Samples.Migration;

/// <summary>One record of the input file: the line it starts on, its raw text, and the record read from it or why it was rejected.</summary>
internal sealed record SourceRow<T>(long Line, string Raw, T? Record, string? Rejection)
    where T : class
{
    public bool IsValid => Rejection is null;
}
