using System.Runtime.CompilerServices;
using System.Text;

namespace Masivo.Samples.Migration;

/// <summary>A line of a text file: its number (from 1), its text, and why it is not UTF-8 text (its text then shows the bad bytes as U+FFFD).</summary>
internal readonly record struct TextLine(long Line, string Text, string? Problem);

/// <summary>
/// Reads a file's lines as UTF-8, strictly: a line holding bytes that are not UTF-8 comes back with the reason,
/// instead of with U+FFFD in their place as a <see cref="StreamReader"/> would quietly give (an id changed so would
/// be migrated as another customer's). Lines end at <c>\n</c> (a <c>\r</c> before it is dropped); a byte order
/// mark at the start is skipped.
/// </summary>
internal static class Utf8Lines
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async IAsyncEnumerable<TextLine> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var buffer = new byte[64 * 1024];
        using var line = new MemoryStream();
        var number = 0L;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            var start = 0;
            for (int end; (end = Array.IndexOf(buffer, (byte)'\n', start, read - start)) >= 0; start = end + 1)
            {
                line.Write(buffer, start, end - start);
                yield return Decode(++number, line);
                line.SetLength(0);
            }

            line.Write(buffer, start, read - start);
        }

        if (line.Length > 0)
        {
            yield return Decode(++number, line);
        }
    }

    private static TextLine Decode(long number, MemoryStream line)
    {
        var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
        if (number == 1 && bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        if (bytes.EndsWith("\r"u8))
        {
            bytes = bytes[..^1];
        }

        try
        {
            return new TextLine(number, Strict.GetString(bytes), null);
        }
        catch (DecoderFallbackException error)
        {
            var bad = error.BytesUnknown is [var first, ..] ? $"byte 0x{first:X2} at byte {error.Index} of the line" : $"a byte at byte {error.Index} of the line";
            return new TextLine(number, Encoding.UTF8.GetString(bytes), $"is not UTF-8 text: {bad} cannot be read");
        }
    }
}
