using System.Buffers;

namespace Masivo.Sdk.Internal;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> over segments rented from the shared pool and returned on dispose.
/// Segments instead of one growing array: a 13 MB migration body never copies itself while it grows,
/// and the pool keeps 1 MiB arrays it can reuse rather than ever larger ones it cannot.
/// </summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    internal const int SegmentSize = 1024 * 1024;
    private const int MinimumSegmentSize = 4096;

    private readonly List<(byte[] Array, int Written)> _full = [];
    private byte[] _current;
    private int _currentWritten;
    private long _fullWritten;
    private int _disposed;

    /// <param name="expectedSize">The size the body will probably reach; only the first segment is sized from it.</param>
    public PooledBufferWriter(long expectedSize) =>
        _current = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(expectedSize, MinimumSegmentSize, SegmentSize));

    public long WrittenCount => _fullWritten + _currentWritten;

    public void Advance(int count) => _currentWritten += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _current.AsMemory(_currentWritten);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _current.AsSpan(_currentWritten);
    }

    /// <summary>Writes every segment, in order, to <paramref name="stream"/>.</summary>
    public async Task CopyToAsync(Stream stream, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        foreach (var (array, written) in _full)
        {
            await stream.WriteAsync(array.AsMemory(0, written), cancellationToken).ConfigureAwait(false);
        }

        await stream.WriteAsync(_current.AsMemory(0, _currentWritten), cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        foreach (var (array, _) in _full)
        {
            ArrayPool<byte>.Shared.Return(array);
        }

        _full.Clear();
        ArrayPool<byte>.Shared.Return(_current);
        _current = [];
    }

    private void Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_current.Length - _currentWritten >= needed)
        {
            return;
        }

        if (_currentWritten > 0)
        {
            _full.Add((_current, _currentWritten));
            _fullWritten += _currentWritten;
            _current = ArrayPool<byte>.Shared.Rent(Math.Max(needed, SegmentSize));
        }
        else
        {
            // Nothing written yet: swap the too-small segment for one large enough.
            ArrayPool<byte>.Shared.Return(_current);
            _current = ArrayPool<byte>.Shared.Rent(Math.Max(needed, SegmentSize));
        }

        _currentWritten = 0;
    }
}
