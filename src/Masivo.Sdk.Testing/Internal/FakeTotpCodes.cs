using System.Globalization;
using System.Text.Json.Nodes;

namespace Masivo.Sdk.Testing.Internal;

/// <summary>
/// One-time codes: four digits, unique among the live ones, each valid for <see cref="MasivoFakeServerOptions.TotpCodeLifetime"/>
/// on the server's clock and verified once.
/// </summary>
internal sealed class FakeTotpCodes(MasivoFakeServerOptions options)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Entry> _codes = new(StringComparer.Ordinal);

    /// <summary>Creates a code for a customer.</summary>
    public TotpCode Create(string customerId, JsonObject? metadata)
    {
        var now = options.TimeProvider.GetUtcNow();
        lock (_gate)
        {
            foreach (var expired in _codes.Where(pair => pair.Value.ExpiresAt <= now).Select(pair => pair.Key).ToList())
            {
                _codes.Remove(expired);
            }

            if (_codes.Count >= 10_000)
            {
                throw new InvalidOperationException("The fake server has 10,000 live one-time codes: no four-digit code is free.");
            }

            string code;
            do
            {
                code = Random.Shared.Next(10_000).ToString("D4", CultureInfo.InvariantCulture);
            }
            while (_codes.ContainsKey(code));

            var entry = new Entry(customerId, (JsonObject?)metadata?.DeepClone(), now + options.TotpCodeLifetime);
            _codes.Add(code, entry);
            return new TotpCode { Code = code, ExpiredAt = entry.ExpiresAt };
        }
    }

    /// <summary>Takes a code: its customer and metadata, or <see langword="null"/> when it is unknown, used or expired (then forgotten).</summary>
    public (string CustomerId, JsonObject? Metadata)? Take(string code)
    {
        var now = options.TimeProvider.GetUtcNow();
        lock (_gate)
        {
            if (!_codes.Remove(code, out var entry) || entry.ExpiresAt <= now)
            {
                return null;
            }

            return (entry.CustomerId, entry.Metadata);
        }
    }

    private sealed record Entry(string CustomerId, JsonObject? Metadata, DateTimeOffset ExpiresAt);
}
