using System.Globalization;

namespace Masivo.Sdk.Internal;

/// <summary>Checks <see cref="MigrationOptions"/> before the source is read.</summary>
internal static class MigrationOptionsValidation
{
    public static int ResolveBatchSize(MigrationOptions options, int defaultBatchSize)
    {
        if (options.BatchSize is { } size and (< 1 or > MigrationOptions.MaxBatchSize))
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                size,
                string.Create(CultureInfo.InvariantCulture, $"MigrationOptions.BatchSize must be between 1 and {MigrationOptions.MaxBatchSize:N0}; got {size}."));
        }

        return options.BatchSize ?? defaultBatchSize;
    }

    public static void ValidateTimeZone(MigrationOptions options, bool supported, string recordName)
    {
        if (options.TimeZone is null)
        {
            return;
        }

        if (!supported)
        {
            throw new ArgumentException($"MigrationOptions.TimeZone applies to contact migrations only; {recordName} migrations take no time zone.", nameof(options));
        }

        if (!IanaTimeZone.IsKnown(options.TimeZone))
        {
            throw new ArgumentException($"MigrationOptions.TimeZone '{options.TimeZone}' is not a known IANA time zone id, such as 'America/New_York'.", nameof(options));
        }
    }
}
