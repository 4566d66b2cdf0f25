namespace Masivo.Sdk.Tests.Conventions;

/// <summary>
/// Collects every break of one convention, so a failing convention test lists them all at once, each
/// saying what to add or change and where, instead of stopping at the first.
/// </summary>
internal sealed class Violations(string convention)
{
    private readonly List<string> _found = [];

    public void Add(string violation) => _found.Add(violation);

    /// <summary>Adds <paramref name="violation"/> when <paramref name="holds"/> is false.</summary>
    public void Check(bool holds, string violation)
    {
        if (!holds)
        {
            _found.Add(violation);
        }
    }

    public void AssertNone()
    {
        if (_found.Count > 0)
        {
            Assert.Fail($"{convention}\n{_found.Count} violation(s):\n - {string.Join("\n - ", _found)}");
        }
    }
}
