using System.Reflection;

namespace Masivo.Sdk.Tests.Conventions;

/// <summary>
/// A new option cannot be half added: <see cref="MasivoClientOptions.CopyTo"/> (which <c>new MasivoClient(options)</c>
/// and every registration use) copies it, and <see cref="MasivoClientOptions.ToString"/> shows it, secrets redacted.
/// </summary>
public sealed class OptionsConventions
{
    private const string Source = "src/Masivo.Sdk/Options/MasivoClientOptions.cs";

    private static IReadOnlyList<PropertyInfo> Options { get; } =
        [.. typeof(MasivoClientOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.SetMethod is { IsPublic: true })];

    /// <summary>Options whose value must never be shown: the credentials.</summary>
    private static bool IsSecret(PropertyInfo option) =>
        option.PropertyType == typeof(string) && (option.Name.EndsWith("Key", StringComparison.Ordinal) || option.Name.EndsWith("Token", StringComparison.Ordinal)
            || option.Name.EndsWith("Secret", StringComparison.Ordinal) || option.Name.EndsWith("Password", StringComparison.Ordinal));

    [Fact]
    public void CopyTo_copies_every_option()
    {
        var source = new MasivoClientOptions();
        var defaults = new MasivoClientOptions();
        foreach (var option in Options)
        {
            option.SetValue(source, NotDefault(option, option.GetValue(defaults)));
            Assert.NotEqual(option.GetValue(defaults), option.GetValue(source));
        }

        source.AdditionalHandlers.Add(new MasivoAdditionalHandler(static () => new PassThroughHandler()));
        var target = new MasivoClientOptions();
        source.CopyTo(target);

        var violations = new Violations($"MasivoClientOptions.CopyTo ({Source}) copies every public settable option: the client is built from the copy, so an option it misses is silently ignored.");
        foreach (var option in Options)
        {
            violations.Check(
                Equals(option.GetValue(source), option.GetValue(target)),
                $"CopyTo does not copy {option.Name}: add `target.{option.Name} = {option.Name};` to CopyTo.");
        }

        violations.Check(
            target.AdditionalHandlers.SequenceEqual(source.AdditionalHandlers) && !ReferenceEquals(target.AdditionalHandlers, source.AdditionalHandlers),
            "CopyTo does not copy AdditionalHandlers into a list of the target's own.");
        violations.AssertNone();
    }

    [Fact]
    public void ToString_shows_every_option_but_never_a_secret()
    {
        var options = new MasivoClientOptions();
        foreach (var option in Options)
        {
            option.SetValue(options, NotDefault(option, option.GetValue(options)));
        }

        var text = options.ToString();
        Assert.Contains(" AdditionalHandlers = ", text, StringComparison.Ordinal);

        var violations = new Violations($"MasivoClientOptions.ToString ({Source}) shows every option as \"Name = value\" (what a support ticket pastes), and only \"(redacted)\" for a credential.");
        foreach (var option in Options)
        {
            violations.Check(
                text.Contains($" {option.Name} = ", StringComparison.Ordinal),
                $"ToString does not show {option.Name}: append `.Append(\", {option.Name} = \").Append({(IsSecret(option) ? $"Redact({option.Name})" : option.Name)})`.");
            if (IsSecret(option))
            {
                violations.Check(
                    !text.Contains((string)option.GetValue(options)!, StringComparison.Ordinal),
                    $"ToString shows the value of {option.Name}, a secret: write Redact({option.Name}) instead.");
            }
        }

        violations.AssertNone();
    }

    /// <summary>A value of <paramref name="option"/> that differs from <paramref name="current"/>.</summary>
    private static object NotDefault(PropertyInfo option, object? current)
    {
        var type = Nullable.GetUnderlyingType(option.PropertyType) ?? option.PropertyType;
        return type switch
        {
            _ when type == typeof(string) => $"{option.Name}-value-7f3a",
            _ when type == typeof(Uri) => new Uri($"https://{option.Name.ToLowerInvariant()}.example/api/"),
            _ when type == typeof(bool) => !(bool)current!,
            _ when type == typeof(int) => (int)current! + 1,
            _ when type == typeof(double) => (double)current! / 2,
            _ when type == typeof(TimeSpan) => ((TimeSpan?)current ?? TimeSpan.Zero) + TimeSpan.FromMilliseconds(1234),
            _ when type.IsEnum => Enum.GetValues(type).Cast<object>().First(value => !value.Equals(current)),
            _ when type == typeof(Action<SocketsHttpHandler>) => new Action<SocketsHttpHandler>(static _ => { }),
            _ => throw new InvalidOperationException(
                $"OptionsConventions cannot make a value of {option.Name} ({type.Name}) that differs from its default: teach NotDefault that type."),
        };
    }

    private sealed class PassThroughHandler : DelegatingHandler;
}
