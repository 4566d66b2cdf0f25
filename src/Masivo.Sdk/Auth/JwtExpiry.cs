using System.Buffers;
using System.Text.Json;

namespace Masivo.Sdk.Internal;

/// <summary>Reads the <c>exp</c> claim of a JWT's payload. The signature is Masivo's business, not ours.</summary>
internal static class JwtExpiry
{
    public static DateTimeOffset? Read(string token)
    {
        var parts = token.Split('.');
        if (parts.Length < 2 || parts[1].Length == 0)
        {
            return null;
        }

        var payload = parts[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        var buffer = ArrayPool<byte>.Shared.Rent(payload.Length);
        try
        {
            if (!Convert.TryFromBase64String(payload, buffer, out var written))
            {
                return null;
            }

            var reader = new Utf8JsonReader(buffer.AsSpan(0, written));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isExp = reader.ValueTextEquals("exp"u8);
                reader.Read();
                if (isExp && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var seconds))
                {
                    return DateTimeOffset.FromUnixTimeSeconds(seconds);
                }

                reader.Skip();
            }

            return null;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or FormatException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
