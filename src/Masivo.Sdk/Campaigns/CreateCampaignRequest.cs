using System.Globalization;
using System.Text.Json.Serialization;
using Masivo.Sdk.Internal;

namespace Masivo.Sdk;

/// <summary>
/// The body of <see cref="CampaignsClient.CreateAsync"/> (Masivo's <c>CampaignInsert</c>). Its <see cref="Type"/> also
/// travels as the <c>type</c> query parameter, which selects how Masivo validates the body. Do not send an account id:
/// Masivo takes it from the token.
/// </summary>
public sealed class CreateCampaignRequest : MasivoModel
{
    /// <summary>The clock difference allowed with Masivo when checking <see cref="StartDate"/> against now.</summary>
    internal static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the brand of the campaign.</summary>
    [JsonPropertyName("brand_id")] public string? BrandId { get; set; }

    /// <summary>Gets or sets the platforms the campaign runs on.</summary>
    [JsonPropertyName("platforms")] public IList<string>? Platforms { get; set; }

    /// <summary>Gets or sets the campaign's name; required.</summary>
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>Gets or sets the campaign's description.</summary>
    [JsonPropertyName("description")] public string? Description { get; set; }

    /// <summary>Gets or sets the kind of campaign; required (sent in the body and as the <c>type</c> query parameter).</summary>
    [JsonPropertyName("type")] public CampaignType? Type { get; set; }

    /// <summary>Gets or sets the campaign's rules; at least one is required (Masivo wants a main or referrer rule).</summary>
    [JsonPropertyName("rules")] public IList<CampaignRule>? Rules { get; set; }

    /// <summary>Gets or sets the campaign's attributes, such as its trigger and privacy.</summary>
    [JsonPropertyName("attributes")] public CampaignAttributes? Attributes { get; set; }

    /// <summary>Gets or sets the campaign's initial status.</summary>
    [JsonPropertyName("status")] public CampaignStatus? Status { get; set; }

    /// <summary>Gets or sets when the campaign starts: not in the past, and less than a year from now.</summary>
    [JsonPropertyName("start_date")] public DateTimeOffset? StartDate { get; set; }

    /// <summary>Gets or sets when the campaign ends: not before <see cref="StartDate"/>, and less than a year after it; without a start date, not in the past.</summary>
    [JsonPropertyName("end_date")] public DateTimeOffset? EndDate { get; set; }

    /// <summary>Gets or sets who funds the campaign's rewards, such as <c>MARKETING</c>.</summary>
    [JsonPropertyName("funded_by")] public string? FundedBy { get; set; }

    /// <summary>Gets or sets the campaign's budget, not negative.</summary>
    [JsonPropertyName("budget")] public decimal? Budget { get; set; }

    /// <summary>Throws when a required field is missing, a rule is null, the budget is negative or the end is not within a year of the start.</summary>
    internal void Validate(string paramName)
    {
        Require.Present(Name, "name (Name)", paramName);
        Require.Present(Type, "type (Type)", paramName);
        if (Type is { } type && string.IsNullOrWhiteSpace(type.Value))
        {
            throw new ArgumentException("type (Type) is blank.", paramName);
        }

        if (Rules is not { Count: > 0 })
        {
            throw new ArgumentException("rules (Rules) needs at least one rule: Masivo requires a main or referrer rule.", paramName);
        }

        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i] ?? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"rules[{i}] is null."), paramName);
            ConditionList.Validate(rule.Conditions, string.Create(CultureInfo.InvariantCulture, $"rules[{i}].conditions"), paramName);
        }

        if (Budget < 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"budget (Budget) is {Budget}; it cannot be negative."), paramName);
        }

        if (StartDate is { } start && EndDate is { } end && end < start)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"end_date (EndDate) is {end:O}, before start_date {start:O}."), paramName);
        }
    }

    /// <summary>
    /// Throws when the dates break Masivo's documented rules, on the client's clock, allowing <see cref="ClockSkew"/> of
    /// difference with Masivo's so nothing Masivo would accept is refused here: <see cref="StartDate"/> in the past or a
    /// year or more ahead; <see cref="EndDate"/> a year or more after the start. Without a start date, an end date in the
    /// past is refused too: the start Masivo uses cannot be in the past, and the end cannot be before the start. The
    /// start is checked first, so a default or absurd start date is reported as what it is.
    /// </summary>
    internal void ValidateAt(DateTimeOffset now, string paramName)
    {
        if (StartDate is not { } start)
        {
            if (EndDate is { } alone && alone < now - ClockSkew)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"end_date (EndDate) is {alone:O}, in the past (it is now {now:O}); without start_date the campaign would end before it starts, which Masivo refuses."), paramName);
            }

            return;
        }

        if (start < now - ClockSkew)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"start_date (StartDate) is {start:O}, in the past (it is now {now:O}); Masivo refuses past start dates."), paramName);
        }

        if (start >= now.AddYears(1) + ClockSkew)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"start_date (StartDate) is {start:O}, a year or more from now ({now:O}); Masivo accepts less than a year ahead."), paramName);
        }

        // The start is now less than a year ahead, so a year after it is a date (DateTimeOffset.MaxValue is far off).
        if (EndDate is { } end && end >= start.AddYears(1))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"end_date (EndDate) is {end:O}, a year or more after start_date {start:O}; Masivo accepts less than a year."), paramName);
        }
    }
}
