using System.Reflection;
using System.Text.RegularExpressions;

namespace Masivo.Sdk.Testing.Tests;

/// <summary>
/// The README's complete test classes are the files in <c>ReadmeExamples/</c>, character for character: a README code
/// block right after a <c>&lt;!-- verbatim: path --&gt;</c> line must equal that file, and every such file must be shown.
/// So what a user copies from the README is what compiles and passes here. The README and the files are embedded in
/// this assembly (see the project file).
/// </summary>
public sealed partial class ReadmeExamplesTests
{
    private const string ExamplesFolder = "tests/Masivo.Sdk.Testing.Tests/ReadmeExamples/";

    [Fact]
    public void Every_verbatim_block_of_the_readme_is_its_file()
    {
        var blocks = VerbatimBlocks();

        Assert.NotEmpty(blocks);
        foreach (var (path, code) in blocks)
        {
            var file = Resource(path);
            Assert.True(file is not null, $"The README shows {path} verbatim, but no such example file is embedded in the tests.");
            Assert.True(code == file, $"The README's block for {path} differs from the file: copy the file into the README (or the README into the file).");
        }
    }

    [Fact]
    public void Every_example_file_is_shown_in_the_readme()
    {
        var shown = VerbatimBlocks().Select(block => block.Path).ToHashSet(StringComparer.Ordinal);
        var files = typeof(ReadmeExamplesTests).Assembly.GetManifestResourceNames().Where(name => name.StartsWith(ExamplesFolder, StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.True(shown.Contains(file), $"{file} is not shown in the README after a <!-- verbatim: {file} --> line."));
    }

    private static List<(string Path, string Code)> VerbatimBlocks() =>
        VerbatimBlock().Matches(Resource("README.md") ?? throw new InvalidOperationException("README.md is not embedded in the tests."))
            .Select(match => (match.Groups["path"].Value, match.Groups["code"].Value))
            .ToList();

    private static string? Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    [GeneratedRegex(@"^<!-- verbatim: (?<path>\S+) -->\n```csharp\n(?<code>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex VerbatimBlock();
}
