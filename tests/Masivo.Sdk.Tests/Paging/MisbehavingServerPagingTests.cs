using System.Text.Json;
using Masivo.Sdk.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Masivo.Sdk.Tests.Paging;

/// <summary>
/// The pagers against a server that does not keep to its paging: one that ignores <c>from</c>/<c>to</c>, answers more
/// than asked, or sends the cursor back to a page already read. Each ends the list with an invalid-response error
/// naming the operation, after a bounded number of requests, instead of looping through the account's daily quota.
/// Cancelling stops before the next row, not only before the next page.
/// </summary>
public sealed class MisbehavingServerPagingTests
{
    private static readonly DateOnly Day = new(2024, 7, 31);

    [Fact]
    public async Task A_server_ignoring_the_reward_range_ends_the_list_after_the_repeated_page()
    {
        await using var server = await KestrelStub.StartAsync(context => WriteAsync(context, new { data = Rows("r", 0, 5) }));
        using var client = server.CreateClient();
        var read = new List<Reward>();

        var error = await Assert.ThrowsAsync<MasivoInvalidResponseException>(async () =>
        {
            await foreach (var reward in client.Rewards.ListAsync(new RewardListQuery { PageSize = 5 }))
            {
                read.Add(reward);
                Assert.True(read.Count <= 10, "the pager looped");
            }
        });

        Assert.Equal("rewards.list", error.Operation);
        Assert.Contains("GET rewards", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, read.Count); // the repeated page yields nothing
        Assert.Equal(2, server.Attempts);
    }

    [Fact]
    public async Task A_server_ignoring_the_campaign_range_ends_the_list_after_the_repeated_page()
    {
        await using var server = await KestrelStub.StartAsync(context => WriteAsync(context, new { data = Rows("c", 0, 4), from = 0, to = 3, count = 4 }));
        using var client = server.CreateClient();
        var read = 0;

        var error = await Assert.ThrowsAsync<MasivoInvalidResponseException>(async () =>
        {
            await foreach (var campaign in client.Campaigns.ListAsync(new CampaignListQuery { PageSize = 4 }))
            {
                Assert.True(++read <= 8, "the pager looped");
            }
        });

        Assert.Equal("campaigns.list", error.Operation);
        Assert.Equal(4, read);
        Assert.Equal(2, server.Attempts);
    }

    [Fact]
    public async Task A_page_longer_than_asked_is_an_invalid_response_and_none_of_it_is_yielded()
    {
        await using var server = await KestrelStub.StartAsync(context => WriteAsync(context, new { data = Rows("r", 0, 8) }));
        using var client = server.CreateClient();
        var read = 0;

        var error = await Assert.ThrowsAsync<MasivoInvalidResponseException>(async () =>
        {
            await foreach (var reward in client.Rewards.ListAsync(new RewardListQuery { PageSize = 5 }))
            {
                Assert.True(++read <= 16, "the pager looped");
            }
        });

        Assert.Equal("rewards.list", error.Operation);
        Assert.Contains("8 rows to a page of 5", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, read);
        Assert.Equal(1, server.Attempts);
    }

    [Fact]
    public async Task A_well_behaved_range_server_still_pages_to_the_end()
    {
        const int Total = 12;
        await using var server = await KestrelStub.StartAsync(context =>
        {
            var from = int.Parse(context.Request.Query["from"]!, System.Globalization.CultureInfo.InvariantCulture);
            var to = Math.Min(int.Parse(context.Request.Query["to"]!, System.Globalization.CultureInfo.InvariantCulture), Total - 1);
            return WriteAsync(context, new { data = Rows("r", from, Math.Max(0, to - from + 1)) });
        });
        using var client = server.CreateClient();

        var rewards = await client.Rewards.ListAsync(new RewardListQuery { PageSize = 5 }).CollectAsync();

        Assert.Equal(Enumerable.Range(0, Total).Select(i => $"r{i:D4}"), rewards.Select(r => r.Id));
        Assert.Equal(3, server.Attempts);
    }

    [Fact]
    public async Task A_cursor_cycling_between_two_pages_ends_the_list_when_a_cursor_comes_back()
    {
        await using var server = await KestrelStub.StartAsync(context =>
        {
            // Page A ends with a0999, page B with b0999; the server answers A to b0999 and B to a0999, forever.
            var cursor = context.Request.Query["cursor"].ToString();
            return WriteAsync(context, new { data = Rows(cursor == "a0999" ? "b" : "a", 0, 1_000) });
        });
        using var client = server.CreateClient();
        var read = 0;

        var error = await Assert.ThrowsAsync<MasivoInvalidResponseException>(async () =>
        {
            await foreach (var transaction in client.Transactions.ListAsync(new TransactionListQuery { Date = Day }))
            {
                Assert.True(++read <= 5_000, "the pager looped");
            }
        });

        Assert.Equal("transactions.list", error.Operation);
        Assert.Contains("a0999", error.Message, StringComparison.Ordinal);
        Assert.Equal(2_000, read);
        Assert.Equal(3, server.Attempts);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Cancelling_in_the_middle_of_a_page_stops_before_the_next_row(bool withCancellation)
    {
        await using var server = await KestrelStub.StartAsync(context => WriteAsync(context, new { data = Rows("r", 0, 100) }));
        using var client = server.CreateClient();
        using var cancellation = new CancellationTokenSource();
        var read = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            var rewards = withCancellation
                ? client.Rewards.ListAsync(new RewardListQuery { PageSize = 100 }).WithCancellation(cancellation.Token)
                : client.Rewards.ListAsync(new RewardListQuery { PageSize = 100 }, cancellation.Token).WithCancellation(CancellationToken.None);
            await foreach (var reward in rewards)
            {
                if (++read == 3)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal(3, read);
        Assert.Equal(1, server.Attempts);
    }

    [Fact]
    public async Task A_reward_server_cycling_between_two_pages_ends_the_list_at_the_first_page_with_nothing_new()
    {
        var requests = 0;
        await using var server = await KestrelStub.StartAsync(context =>
            WriteAsync(context, new { data = Rows("r", Interlocked.Increment(ref requests) % 2 == 1 ? 0 : 5, 5) }));
        using var client = server.CreateClient();
        var read = new List<string>();

        var error = await Assert.ThrowsAsync<MasivoInvalidResponseException>(async () =>
        {
            await foreach (var reward in client.Rewards.ListAsync(new RewardListQuery { PageSize = 5 }))
            {
                read.Add(reward.Id!);
                Assert.True(read.Count <= 20, "the pager looped");
            }
        });

        Assert.Equal("rewards.list", error.Operation);
        Assert.Contains("none of them new to this list", error.Message, StringComparison.Ordinal);
        Assert.Equal(10, read.Distinct().Count());
        Assert.Equal(10, read.Count);
        Assert.Equal(3, server.Attempts);
    }

    [Fact]
    public async Task A_campaign_server_whose_shifting_range_brings_nothing_new_ends_the_list()
    {
        // c0..c3, then c4..c7, then c2..c5: overlapping rows already listed, no progress.
        var requests = 0;
        await using var server = await KestrelStub.StartAsync(context =>
        {
            var from = Interlocked.Increment(ref requests) switch { 1 => 0, 2 => 4, _ => 2 };
            return WriteAsync(context, new { data = Rows("c", from, 4), from, to = from + 3, count = 4 });
        });
        using var client = server.CreateClient();
        var read = 0;

        var error = await Assert.ThrowsAsync<MasivoInvalidResponseException>(async () =>
        {
            await foreach (var campaign in client.Campaigns.ListAsync(new CampaignListQuery { PageSize = 4 }))
            {
                Assert.True(++read <= 20, "the pager looped");
            }
        });

        Assert.Equal("campaigns.list", error.Operation);
        Assert.Equal(8, read);
        Assert.Equal(3, server.Attempts);
    }

    [Fact]
    public async Task A_short_last_page_of_rows_already_listed_is_an_invalid_response()
    {
        var requests = 0;
        await using var server = await KestrelStub.StartAsync(context =>
            WriteAsync(context, new { data = Interlocked.Increment(ref requests) == 1 ? Rows("r", 0, 5) : Rows("r", 0, 3) }));
        using var client = server.CreateClient();
        var read = 0;

        var error = await Assert.ThrowsAsync<MasivoInvalidResponseException>(async () =>
        {
            await foreach (var reward in client.Rewards.ListAsync(new RewardListQuery { PageSize = 5 }))
            {
                read++;
            }
        });

        Assert.Contains("none of them new to this list", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, read);
    }

    [Fact]
    public async Task A_cursor_page_larger_than_masivo_answers_is_an_invalid_response_and_none_of_it_is_yielded()
    {
        await using var server = await KestrelStub.StartAsync(context => WriteAsync(context, new { data = Rows("t", 0, 1_001) }));
        using var client = server.CreateClient();
        var read = 0;

        var error = await Assert.ThrowsAsync<MasivoInvalidResponseException>(async () =>
        {
            await foreach (var transaction in client.Transactions.ListAsync(new TransactionListQuery { Date = Day }))
            {
                read++;
            }
        });

        Assert.Equal("transactions.list", error.Operation);
        Assert.Contains("1,001 rows in one page; Masivo answers at most 1,000", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, read);
    }

    [Fact]
    public async Task A_cursor_page_repeating_rows_already_yielded_is_an_invalid_response()
    {
        // Page 1 is t0000..t0999; page 2 repeats t0500..t0999 before new rows.
        await using var server = await KestrelStub.StartAsync(context =>
            WriteAsync(context, new { data = context.Request.Query["cursor"].Count == 0 ? Rows("t", 0, 1_000) : Rows("t", 500, 1_000) }));
        using var client = server.CreateClient();
        var read = 0;

        var error = await Assert.ThrowsAsync<MasivoInvalidResponseException>(async () =>
        {
            await foreach (var transaction in client.Transactions.ListAsync(new TransactionListQuery { Date = Day }))
            {
                Assert.True(++read <= 5_000, "the pager looped");
            }
        });

        Assert.Contains("row t0500 a second time in this list", error.Message, StringComparison.Ordinal);
        Assert.Equal(1_000, read);
        Assert.Equal(2, server.Attempts);
    }

    private static object[] Rows(string prefix, int from, int count) =>
        Enumerable.Range(from, count).Select(i => (object)new { id = $"{prefix}{i:D4}", name = "Row" }).ToArray();

    private static Task WriteAsync(HttpContext context, object body)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
