using System.Text;
using System.Text.Json;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk.Tests.Serialization;

public sealed class PooledJsonContentTests
{
    [Theory]
    [InlineData(1, 16)]
    [InlineData(3_000, 16)]
    [InlineData(3_000, 100_000_000)]
    public async Task A_body_spanning_several_segments_is_sent_byte_for_byte_with_its_length(int records, long expectedSize)
    {
        var batch = new ContactMigrationBatch(Enumerable.Range(0, records).Select(i => new ContactMigrationRecord
        {
            ExternalId = $"ext-{i}",
            Email = $"person{i}@example.com",
            FirstName = new string('n', 400),
        }).ToList());
        var expected = JsonSerializer.SerializeToUtf8Bytes(batch, MasivoJsonContext.Default.ContactMigrationBatch);

        using var content = PooledJsonContent.Create(batch, MasivoJsonContext.Default.ContactMigrationBatch, expectedSize);
        var first = await content.ReadAsByteArrayAsync();
        using var resent = new MemoryStream();
        await content.CopyToAsync(resent);

        if (records > 1)
        {
            Assert.True(expected.Length > PooledBufferWriter.SegmentSize, "the body should need more than one segment");
        }

        Assert.Equal(expected.Length, content.Headers.ContentLength);
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(first));
        Assert.Equal(expected, resent.ToArray());
        Assert.Equal("application/json", content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_disposed_body_cannot_be_sent_again()
    {
        var content = PooledJsonContent.Create(new ContactMigrationBatch([new ContactMigrationRecord { ExternalId = "a" }]), MasivoJsonContext.Default.ContactMigrationBatch, 10);
        content.Dispose();

        await Assert.ThrowsAnyAsync<ObjectDisposedException>(() => content.CopyToAsync(Stream.Null));
    }
}
