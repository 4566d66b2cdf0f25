using System.Text;
using System.Text.Json;

namespace Masivo.Sdk.Tests.Webhooks;

/// <summary>
/// Bodies anyone who knows the endpoint's URL can send: each is a webhook whose every string reads, or a
/// <see cref="MasivoWebhookFormatException"/>, never another exception type (which the endpoint would answer 500).
/// </summary>
public sealed class MasivoWebhooksHostileInputTests
{
    private const string Accumulation = """{"event":"CUSTOMER_ACCUMULATION","data":{"customer_id":"cust-1","lines":[{"amount":10,"reward_id":"r-1","issued_at":"2024-05-01T10:00:00Z"}],"wallet":{"id":"w-1","lines":[],"totals":[{"total":10,"reward_id":"r-1"}]}}}""";
    private const string Registration = """{"event":"CUSTOMER_REGISTRATION","data":{"customer_id":"c\u00e9","customer":{"id":"c","name":"Ana \ud83d\ude00"}},"extra":[1,2.5,true,null]}""";

    [Theory]
    [InlineData("""{"event":"\ud800","data":{}}""", "not valid Unicode")]
    [InlineData("""{"event":"CUSTOMER_ACCUMULATION\udc00","data":{}}""", "not valid Unicode")]
    [InlineData("""{"event":"CUSTOMER_ACCUMULATION","data":{"customer_id":"\udc00"}}""", "not valid Unicode")]
    [InlineData("""{"event":"CUSTOMER_ACCUMULATION","data":{"\ud83d":"x"}}""", "not valid Unicode")]
    [InlineData("""{"event":"CUSTOMER_ACCUMULATION","data":{"lines":[{"reward_id":"a\ud83d\u0041"}]}}""", "not valid Unicode")]
    public void A_lone_surrogate_escape_anywhere_is_a_MasivoWebhookFormatException(string body, string expected)
    {
        var exception = Assert.Throws<MasivoWebhookFormatException>(() => Parse(body));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(exception.InnerException);
    }

    [Fact]
    public void A_surrogate_pair_escape_is_text()
    {
        var webhook = Parse("""{"event":"CUSTOMER_ACCUMULATION","data":{"customer_id":"\ud83d\ude00","lines":[]}}""");

        Assert.True(webhook.TryGetAccumulation(out var accumulation));
        Assert.Equal("\U0001F600", accumulation.CustomerId);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    public void Bytes_that_are_not_UTF8_are_a_MasivoWebhookFormatException(byte[] bytes)
    {
        byte[] inEvent = [.. "{\"event\":\""u8, .. bytes, .. "\",\"data\":{}}"u8];
        byte[] inData = [.. "{\"event\":\"TIER_UPGRADE\",\"data\":{\"name\":\""u8, .. bytes, .. "\"}}"u8];

        Assert.Contains("not valid UTF-8", Assert.Throws<MasivoWebhookFormatException>(() => MasivoWebhooks.Parse(inEvent)).Message, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", Assert.Throws<MasivoWebhookFormatException>(() => MasivoWebhooks.Parse(inData)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"event":"\u0000","data":{}}""")]
    [InlineData("""{"event":"\u200b","data":{}}""")]
    [InlineData("""{"event":"\u200b\u0000 \ufeff","data":{}}""")]
    public void An_event_of_only_control_or_format_characters_is_refused_as_an_empty_one(string body)
    {
        var exception = Assert.Throws<MasivoWebhookFormatException>(() => Parse(body));

        Assert.Contains("holds no visible character", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"event":"TIER_UPGRADE","data":1}""", "Number")]
    [InlineData("""{"event":"TIER_UPGRADE","data":"x"}""", "String")]
    [InlineData("""{"event":"TIER_UPGRADE","data":[]}""", "Array")]
    [InlineData("""{"event":"CUSTOMER_ACCUMULATION","data":true}""", "True")]
    public void Data_that_is_not_an_object_is_a_MasivoWebhookFormatException(string body, string kind)
    {
        var exception = Assert.Throws<MasivoWebhookFormatException>(() => Parse(body));

        Assert.Contains($"is a JSON {kind}, not an object", exception.Message, StringComparison.Ordinal);
        Assert.NotNull(exception.EventType);
    }

    [Theory]
    [InlineData("""{"customer_id":"c-1","lines":[null]}""", "data.lines[0]")]
    [InlineData("""{"customer_id":"c-1","lines":[{"amount":1},null]}""", "data.lines[1]")]
    [InlineData("""{}""", "no \"customer_id\"")]
    [InlineData("""{"customer_id":null,"lines":[]}""", "no \"customer_id\"")]
    [InlineData("""{"customer_id":"c-1"}""", "no \"lines\"")]
    [InlineData("""{"customer_id":"c-1","lines":null}""", "no \"lines\"")]
    public void An_accumulation_the_readme_handler_could_not_use_is_a_MasivoWebhookFormatException(string data, string expected)
    {
        var webhook = Parse($$"""{"event":"CUSTOMER_ACCUMULATION","data":{{data}}}""");

        var exception = Assert.Throws<MasivoWebhookFormatException>(() => webhook.TryGetAccumulation(out _));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.Equal(MasivoWebhookEventType.CustomerAccumulation, exception.EventType);
    }

    [Fact]
    public void A_registration_without_a_customer_id_or_with_a_null_in_a_list_is_a_MasivoWebhookFormatException()
    {
        Assert.Throws<MasivoWebhookFormatException>(() => Parse("""{"event":"CUSTOMER_REGISTRATION","data":{}}""").TryGetRegistration(out _));
        Assert.Throws<MasivoWebhookFormatException>(() => Parse("""{"event":"CUSTOMER_REGISTRATION","data":{"customer_id":"c-1","wallet":{"lines":[null]}}}""").TryGetRegistration(out _));
        Assert.True(Parse("""{"event":"CUSTOMER_REGISTRATION","data":{"customer_id":"c-1"}}""").TryGetRegistration(out var registration));
        Assert.Equal("c-1", registration.CustomerId);
    }

    [Fact]
    public void A_redemption_with_a_null_line_is_a_MasivoWebhookFormatException_but_needs_no_field()
    {
        Assert.Throws<MasivoWebhookFormatException>(() => Parse("""{"event":"CUSTOMER_REDEMPTION","data":{"lines":[null]}}""").TryGetRedemption(out _));
        Assert.True(Parse("""{"event":"CUSTOMER_REDEMPTION","data":{}}""").TryGetRedemption(out _));
    }

    [Theory]
    [InlineData("""{"event":"  ","data":{}}""")]
    [InlineData("""{"event":"\t\r\n","data":{}}""")]
    [InlineData("""{"event":"\u00a0","data":{}}""")]
    public void A_blank_event_is_refused_as_an_empty_one(string body)
    {
        var exception = Assert.Throws<MasivoWebhookFormatException>(() => Parse(body));

        Assert.Contains("holds no visible character", exception.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new MasivoWebhookEvent(" ", default));
    }

    [Theory]
    [InlineData("""{"event":"A","event":"B","data":{}}""", "\"event\" twice")]
    [InlineData("""{"event":"A","data":{},"data":{}}""", "\"data\" twice")]
    public void An_ambiguous_envelope_is_refused(string body, string expected)
    {
        var exception = Assert.Throws<MasivoWebhookFormatException>(() => Parse(body));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_UTF8_byte_order_mark_is_accepted()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. "{\"event\":\"CUSTOMER_REGISTRATION\",\"data\":{\"customer_id\":\"cust-1\"}}"u8];

        var parsed = MasivoWebhooks.Parse(body);
        var streamed = await MasivoWebhooks.ParseAsync(new MemoryStream(body));

        Assert.Equal(MasivoWebhookEventType.CustomerRegistration, parsed.Event);
        Assert.True(streamed.TryGetRegistration(out var registration));
        Assert.Equal("cust-1", registration.CustomerId);
        Assert.Contains("empty", Assert.Throws<MasivoWebhookFormatException>(() => MasivoWebhooks.Parse([0xEF, 0xBB, 0xBF])).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"event":"A\r\nFAKE LOG LINE","data":{}}""", @"A\r\nFAKE LOG LINE")]
    [InlineData("""{"event":"A\u0000\u001b[31m\u007f\u0085\t","data":{}}""", @"A\u0000\u001B[31m\u007F\u0085\t")]
    [InlineData("""{"event":"A\u2028B\u202eC\u200b","data":{}}""", @"A\u2028B\u202EC\u200B")]
    [InlineData("""{"event":"back\\slash\\n","data":{}}""", @"back\\slash\\n")]
    [InlineData("""{"event":"caf\u00e9 \ud83d\ude00","data":{}}""", "caf\u00e9 \U0001F600")]
    [InlineData("""{"event":"CUSTOMER_ACCUMULATION","data":{}}""", "CUSTOMER_ACCUMULATION")]
    public void ToString_escapes_what_could_forge_or_break_a_log_line(string body, string expected)
    {
        var text = Parse(body).ToString();

        Assert.Equal(expected, text);
        Assert.DoesNotContain(text, char.IsControl);
    }

    [Fact]
    public void ToString_escapes_a_lone_surrogate_given_to_the_constructor_and_cuts_a_long_name()
    {
        Assert.Equal(@"A\uD800", new MasivoWebhookEvent("A\uD800", default).ToString());
        Assert.Equal(new string('A', 200) + "... (5000 characters)", Parse($$$"""{"event":"{{{new string('A', 5000)}}}","data":{}}""").ToString());
    }

    [Fact]
    public void Malformed_messages_escape_the_event_name()
    {
        var exception = Assert.Throws<MasivoWebhookFormatException>(() => Parse("""{"event":"X\r\nY"}"""));

        Assert.Contains(@"'X\r\nY' has no ""data""", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_that_is_never_the_documented_shape_is_a_MasivoWebhookFormatException_from_its_accessor_only()
    {
        string[] bodies =
        [
            // Data that is not an object is refused by Parse itself (Data_that_is_not_an_object_is_a_MasivoWebhookFormatException).
            """{"event":"CUSTOMER_REGISTRATION","data":{"customer":[]}}""",
            """{"event":"CUSTOMER_REGISTRATION","data":{"customer_id":5}}""",
            """{"event":"CUSTOMER_ACCUMULATION","data":{"lines":[{"amount":"ten"}]}}""",
            """{"event":"CUSTOMER_ACCUMULATION","data":{"lines":[{"amount":1e999}]}}""",
        ];

        foreach (var body in bodies)
        {
            var webhook = Parse(body);
            var exception = Record.Exception(() => (webhook.TryGetRegistration(out _), webhook.TryGetAccumulation(out _), webhook.TryGetRedemption(out _)));

            Assert.True(exception is MasivoWebhookFormatException { EventType: not null }, $"{body}: {exception}");
        }
    }

    [Fact]
    public void An_event_built_without_data_or_with_null_data_is_a_MasivoWebhookFormatException_from_its_accessor()
    {
        using var document = JsonDocument.Parse("null");
        var withoutData = new MasivoWebhookEvent(MasivoWebhookEventType.CustomerAccumulation, default);
        var withNull = new MasivoWebhookEvent(MasivoWebhookEventType.CustomerRegistration, document.RootElement);

        Assert.Throws<MasivoWebhookFormatException>(() => withoutData.TryGetAccumulation(out _));
        Assert.Throws<MasivoWebhookFormatException>(() => withoutData.GetData(MasivoWebhookEventTypeJson.Default.TierUpgradeData));
        Assert.Throws<MasivoWebhookFormatException>(() => withNull.TryGetRegistration(out _));
        Assert.Null(withNull.GetData(MasivoWebhookEventTypeJson.Default.TierUpgradeData));
        Assert.False(withoutData.TryGetRegistration(out _));
    }

    [Fact]
    public void A_list_of_hostile_bodies_is_parsed_or_refused_with_MasivoWebhookFormatException_only()
    {
        byte[][] bodies =
        [
            [], "   "u8.ToArray(), "hello"u8.ToArray(), "[]"u8.ToArray(), "\"x\""u8.ToArray(), "null"u8.ToArray(), "{}"u8.ToArray(),
            """{"data":{}}"""u8.ToArray(), """{"event":"","data":{}}"""u8.ToArray(), """{"event":5,"data":{}}"""u8.ToArray(),
            """{"event":null,"data":{}}"""u8.ToArray(), """{"event":["A"],"data":{}}"""u8.ToArray(),
            """{"event":"CUSTOMER_ACCUMULATION"}"""u8.ToArray(), """{"event":"X","data":null}"""u8.ToArray(),
            """{"event":"\ud800","data":{}}"""u8.ToArray(), """{"event":"\u0000","data":{}}"""u8.ToArray(),
            """{"event":"CUSTOMER_ACCUMULATION","data":{"customer_id":"\udc00"}}"""u8.ToArray(),
            """{"event":"X","data":{}} trailing"""u8.ToArray(), """{"event":"X","data":{}}}"""u8.ToArray(),
            """{"event":"X","data":{},}"""u8.ToArray(), """{'event':'X','data':{}}"""u8.ToArray(), """{"event":"X","data":{}} // c"""u8.ToArray(),
            """{"event":"X","data":{"n":NaN}}"""u8.ToArray(), """{"event":"X\u","data":{}}"""u8.ToArray(), """{"event":"X\x41","data":{}}"""u8.ToArray(),
            [.. "{\"event\":\""u8, 0xC3, 0x28, .. "\",\"data\":{}}"u8], [.. "{\"event\":\"X\",\"data\":{\"a\":\""u8, 0xC0, 0xAF, .. "\"}}"u8],
            [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. "{\"event\":\"X\",\"data\":{}}"u8], [0xFE, 0xFF, 0x00, 0x7B],
            Encoding.Unicode.GetBytes("""{"event":"X","data":{}}"""), Encoding.UTF32.GetBytes("""{"event":"X","data":{}}"""),
            Encoding.UTF8.GetBytes("{\"event\":\"X\",\"data\":" + new string('[', 70) + new string(']', 70) + "}"),
            Encoding.UTF8.GetBytes("{\"event\":\"X\",\"data\":" + new string('[', 5000)),
            """{"event":"CUSTOMER_ACCUMULATION","data":{"customer_id":5,"lines":"x"}}"""u8.ToArray(),
        ];

        foreach (var body in bodies)
        {
            AssertParsedOrRefused(body);
        }
    }

    [Fact]
    public void Truncated_and_mutated_bodies_are_parsed_or_refused_with_MasivoWebhookFormatException_only()
    {
        byte[][] insertions =
        [
            [0x00], [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], "\""u8.ToArray(), "\\"u8.ToArray(), @"\ud800"u8.ToArray(),
            @"\udc00\ud800"u8.ToArray(), "{"u8.ToArray(), "]"u8.ToArray(), ","u8.ToArray(), "1e999"u8.ToArray(), @"\u0000"u8.ToArray(), "\r\n"u8.ToArray(),
        ];

        foreach (var seed in new[] { Accumulation, Registration }.Select(Encoding.UTF8.GetBytes))
        {
            for (var i = 0; i <= seed.Length; i++)
            {
                AssertParsedOrRefused(seed[..i]);
                foreach (var insertion in insertions)
                {
                    AssertParsedOrRefused([.. seed[..i], .. insertion, .. seed[i..]]);
                    if (i < seed.Length)
                    {
                        AssertParsedOrRefused([.. seed[..i], .. insertion, .. seed[(i + 1)..]]);
                    }
                }
            }
        }
    }

    /// <summary>Parses the body; a webhook must read whole (its name, every string, the typed accessors), a refusal must be a <see cref="MasivoWebhookFormatException"/>.</summary>
    private static void AssertParsedOrRefused(byte[] body)
    {
        MasivoWebhookEvent webhook;
        try
        {
            webhook = MasivoWebhooks.Parse(body);
        }
        catch (Exception exception)
        {
            Assert.True(exception is MasivoWebhookFormatException, $"{Convert.ToHexString(body)}: {exception}");
            return;
        }

        Assert.DoesNotContain(webhook.ToString(), char.IsControl);
        ReadAllStrings(webhook.Data);
        var accessors = Record.Exception(() => (webhook.TryGetRegistration(out _), webhook.TryGetAccumulation(out _), webhook.TryGetRedemption(out _)));
        Assert.True(accessors is null or MasivoWebhookFormatException, $"{Convert.ToHexString(body)}: {accessors}");
    }

    private static void ReadAllStrings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    ReadAllStrings(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    ReadAllStrings(item);
                }

                break;
        }
    }

    private static MasivoWebhookEvent Parse(string json) => MasivoWebhooks.Parse(Encoding.UTF8.GetBytes(json));
}
