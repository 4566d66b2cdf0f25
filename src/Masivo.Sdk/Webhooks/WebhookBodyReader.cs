using System.Buffers;

namespace Masivo.Sdk.Internal;

/// <summary>Reads a webhook body into a pooled buffer, stopping at a size limit instead of reading whatever is sent.</summary>
internal static class WebhookBodyReader
{
    /// <summary>The body, or <see langword="null"/> when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async ValueTask<WebhookBody?> ReadAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new WebhookBody(Math.Min(maxBytes + 1, 16 * 1024));
        try
        {
            while (true)
            {
                if (buffer.Free == 0)
                {
                    if (buffer.Length > maxBytes)
                    {
                        buffer.Dispose();
                        return null;
                    }

                    buffer.Grow(Math.Min(buffer.Capacity * 2, maxBytes + 1));
                }

                var read = await body.ReadAsync(buffer.FreeMemory, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    if (buffer.Length > maxBytes)
                    {
                        buffer.Dispose();
                        return null;
                    }

                    return buffer;
                }

                buffer.Advance(read);
            }
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }
}

/// <summary>A body read into an array rented from the shared pool; dispose it to give the array back.</summary>
internal sealed class WebhookBody(int capacity) : IDisposable
{
    private byte[] _array = ArrayPool<byte>.Shared.Rent(capacity);

    public int Length { get; private set; }

    public int Capacity => _array.Length;

    public int Free => _array.Length - Length;

    public Memory<byte> FreeMemory => _array.AsMemory(Length);

    public ReadOnlySpan<byte> WrittenSpan => _array.AsSpan(0, Length);

    public void Advance(int count) => Length += count;

    public void Grow(int capacity)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, _array.Length + 1));
        _array.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_array);
        _array = larger;
    }

    public void Dispose()
    {
        if (_array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_array);
            _array = [];
        }
    }
}
