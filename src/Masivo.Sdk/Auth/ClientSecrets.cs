namespace Masivo.Sdk.Internal;

/// <summary>
/// The secrets one client knows: its API key or access token as configured now, and the last bearer
/// tokens it sent. Attached to every request, so that an error body quoting any of them (not only
/// the one that request carried) is redacted before the SDK surfaces it.
/// </summary>
internal sealed class ClientSecrets(LiveClientSettings live)
{
    public static readonly HttpRequestOptionsKey<ClientSecrets> RequestOption = new("Masivo.Sdk.ClientSecrets");

    private const int RecentTokens = 4;
    private readonly string?[] _tokens = new string?[RecentTokens];
    private int _next;

    public void RememberToken(string token)
    {
        lock (_tokens)
        {
            if (Array.IndexOf(_tokens, token) < 0)
            {
                _tokens[_next] = token;
                _next = (_next + 1) % RecentTokens;
            }
        }
    }

    public IEnumerable<string> Known()
    {
        var current = live.Current;
        string?[] tokens;
        lock (_tokens)
        {
            tokens = (string?[])_tokens.Clone();
        }

        return tokens.Append(current.ApiKey).Append(current.AccessToken).OfType<string>();
    }

    public override string ToString() => nameof(ClientSecrets);
}
