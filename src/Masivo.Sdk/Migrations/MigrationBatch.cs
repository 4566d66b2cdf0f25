namespace Masivo.Sdk.Internal;

/// <summary>A batch read from the source: its position and its records.</summary>
internal sealed record MigrationBatch<T>(int Index, int FirstRecordIndex, List<T> Records);
