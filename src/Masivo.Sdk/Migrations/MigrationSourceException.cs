namespace Masivo.Sdk.Internal;

/// <summary>
/// Reading the source stopped the migration: the source threw, or a record cannot be migrated. The
/// engine turns it into a <see cref="MasivoMigrationException"/> carrying the account of every record read.
/// </summary>
internal sealed class MigrationSourceException(string message, Exception innerException) : Exception(message, innerException);
