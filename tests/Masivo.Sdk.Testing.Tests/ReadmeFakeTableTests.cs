using System.Reflection;
using System.Text.RegularExpressions;

namespace Masivo.Sdk.Testing.Tests;

/// <summary>
/// The README's "What the fake offers" table names every public member of <see cref="MasivoFakeServer"/>, every option
/// of <see cref="MasivoFakeServerOptions"/> and every <see cref="FakeRoute"/>, in code (<c>`AddReward(reward)`</c>), so
/// the table cannot fall behind the fake again.
/// </summary>
public sealed partial class ReadmeFakeTableTests
{
    public static TheoryData<Type> Types => new() { typeof(MasivoFakeServer), typeof(MasivoFakeServerOptions), typeof(FakeRoute) };

    [Theory]
    [MemberData(nameof(Types))]
    public void The_table_names_every_public_member(Type type)
    {
        var named = NamesInTable();
        var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(member => member is not ConstructorInfo && !(member is MethodInfo { IsSpecialName: true }))
            .Where(member => type != typeof(FakeRoute) || member is PropertyInfo { GetMethod.IsStatic: true }) // the routes
            .Select(member => member.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(members);
        var missing = members.Where(name => !named.Contains(name)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"The README's \"What the fake offers\" table does not name these members of {type.Name}: {string.Join(", ", missing)}.");
    }

    /// <summary>Every identifier inside a code span of the table.</summary>
    private static HashSet<string> NamesInTable()
    {
        var readme = ReadResource("README.md");
        var start = readme.IndexOf("What the fake offers", StringComparison.Ordinal);
        Assert.True(start >= 0, "The README has no \"What the fake offers\" table.");
        var table = string.Join('\n', readme[start..].Split('\n').Skip(1).SkipWhile(line => !line.StartsWith('|')).TakeWhile(line => line.StartsWith('|')));
        return CodeSpan().Matches(table)
            .SelectMany(span => Identifier().Matches(span.Groups["code"].Value).Select(match => match.Value))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name) ?? throw new InvalidOperationException($"{name} is not embedded in the tests.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    [GeneratedRegex("`(?<code>[^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex("[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();
}
