using System.Reflection;
using Microsoft.AspNetCore.Builder;

namespace Masivo.Sdk.Tests.Conventions;

/// <summary>
/// The README's endpoint table (its section <c>## Every endpoint</c>) and the SDK's endpoint descriptors agree, both
/// ways: every descriptor has one row with its method, path, the client method that sends it and whether it is
/// retried (<c>IsIdempotent</c>); every row names a descriptor the SDK declares and a method that exists; and every
/// webhook entry point (<see cref="MasivoWebhooks"/>' parsers, <c>MapMasivoWebhooks</c>) has its row. The README is
/// embedded in this assembly (see the project file).
/// </summary>
public sealed class ReadmeEndpointTableTests
{
    private const string Heading = "## Every endpoint";
    private const string SentByTheSdk = "called by the SDK itself";
    private const string WebhookPath = "your HTTPS endpoint (a webhook)";
    private const string NotApplicable = "—";

    /// <summary>Descriptors no public method sends: the SDK sends them itself (as in <see cref="ResourceClientConventions"/>).</summary>
    private static readonly HashSet<string> SdkOwn = new(StringComparer.Ordinal) { "auth.authorize" };

    private static readonly Lazy<IReadOnlyList<TableRow>> Rows = new(ReadRows);

    [Fact]
    public void The_table_is_found_and_every_row_has_five_cells()
    {
        var violations = new Violations(
            $"README.md has a section \"{Heading}\" holding one table: | method | path | SDK method | retried | note |, one row per endpoint or webhook entry point.");
        violations.Check(Rows.Value.Count > 0, $"No table rows were found under \"{Heading}\" in README.md: is the heading renamed, or the table gone?");
        foreach (var row in Rows.Value)
        {
            violations.Check(row.Cells.Count == 5, $"README.md line {row.Line} has {row.Cells.Count} cells, not 5: {row.Text}");
        }

        violations.AssertNone();
    }

    [Fact]
    public void Every_descriptor_has_one_row_with_its_route_method_and_retry()
    {
        var violations = new Violations(
            $"Every endpoint descriptor has one row in the table under \"{Heading}\" in README.md: its method, its path template, the client method that sends it " +
            "and whether it is retried after a failure that may hide a success (yes when the descriptor IsIdempotent).");

        foreach (var endpoint in SdkEndpoints.All)
        {
            var expected = ExpectedRow(endpoint);
            var rows = EndpointRows().Where(row => row.Method == endpoint.Endpoint.Method && row.Path == endpoint.Endpoint.PathTemplate).ToList();
            if (rows.Count == 0)
            {
                violations.Add($"{endpoint.Endpoint.Route} ({endpoint.DeclaredAs}, \"{endpoint.Name}\") has no row: add `{expected}` to the table under \"{Heading}\" in README.md (and say in its note what Masivo's reference leaves uncertain).");
                continue;
            }

            if (rows.Count > 1)
            {
                violations.Add($"{endpoint.Endpoint.Route} has {rows.Count} rows (README.md lines {string.Join(", ", rows.Select(r => r.Line))}): keep one.");
            }

            var row = rows[0];
            var sender = Sender(endpoint);
            violations.Check(
                row.SdkMethod == sender,
                $"README.md line {row.Line} ({endpoint.Endpoint.Route}) names `{row.SdkMethod}`, but {endpoint.DeclaredAs} is sent by {(SdkOwn.Contains(endpoint.Name) ? $"\"{sender}\"" : $"`{sender}`")}: make the row `{expected}`.");
            violations.Check(
                row.Retried == Retried(endpoint),
                $"README.md line {row.Line} ({endpoint.Endpoint.Route}) says retried \"{row.Retried}\", but {endpoint.DeclaredAs}.IsIdempotent is {(endpoint.Endpoint.IsIdempotent ? "true" : "false")}: write \"{Retried(endpoint)}\".");
        }

        violations.AssertNone();
    }

    [Fact]
    public void Every_row_names_a_descriptor_the_SDK_declares_and_a_method_that_exists()
    {
        var violations = new Violations(
            $"Every row of the table under \"{Heading}\" in README.md names an endpoint the SDK declares (src/Masivo.Sdk/{{Resource}}/{{Resource}}Endpoints.cs) " +
            "and a public method that sends it, or a webhook entry point that exists.");

        foreach (var row in EndpointRows())
        {
            var byRoute = SdkEndpoints.All.FirstOrDefault(endpoint => endpoint.Endpoint.Method == row.Method && endpoint.Endpoint.PathTemplate == row.Path);
            if (row.SdkMethod == SentByTheSdk)
            {
                violations.Check(
                    byRoute is not null && SdkOwn.Contains(byRoute.Name),
                    $"README.md line {row.Line} says {row.Method} {row.Path} is {SentByTheSdk}, but the SDK declares no such endpoint of its own ({string.Join(", ", SdkOwn)}): remove the row or correct its route.");
                continue;
            }

            if (ClientMethod(row.SdkMethod) is not { } named)
            {
                violations.Add($"README.md line {row.Line}: `{row.SdkMethod}` is not `client.{{Resource}}.{{Action}}Async`, \"{SentByTheSdk}\", or a webhook entry point (path \"{WebhookPath}\").");
                continue;
            }

            var descriptor = SdkEndpoints.Named(named.Descriptor);
            if (descriptor is null || byRoute is null || descriptor != byRoute)
            {
                violations.Add(
                    $"README.md line {row.Line} says {row.Method} {row.Path} is sent by `{row.SdkMethod}`, but " +
                    (descriptor is null ? $"the SDK declares no descriptor \"{named.Descriptor}\"" : $"\"{named.Descriptor}\" is {descriptor.Endpoint.Route}") +
                    (byRoute is null ? " and no descriptor has that route" : $" and {byRoute.Endpoint.Route} is sent by `{Sender(byRoute)}`") +
                    ": correct the row, or remove it if the SDK no longer calls that endpoint.");
                continue;
            }

            var client = typeof(MasivoClient).GetProperty(named.Resource, BindingFlags.Public | BindingFlags.Instance)?.PropertyType;
            violations.Check(
                client?.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(method => method.Name == named.Method) == true,
                $"README.md line {row.Line} names `{row.SdkMethod}`, but MasivoClient.{named.Resource} has no public method {named.Method}.");
        }

        violations.AssertNone();
    }

    [Fact]
    public void Every_webhook_entry_point_has_a_row_and_every_webhook_row_names_one()
    {
        var violations = new Violations(
            $"Masivo's webhooks have rows too, under \"{Heading}\" in README.md: `| `POST` | {WebhookPath} | `MasivoWebhooks.Parse` | {NotApplicable} | ... |`, " +
            "one for each public method of MasivoWebhooks and for each public method of Masivo.Sdk.AspNetCore that maps an endpoint (written `app.MapMasivoWebhooks`).");

        var entryPoints = WebhookEntryPoints();
        var rows = Rows.Value.Where(row => row.Cells.Count == 5 && row.Path == WebhookPath).ToList();
        foreach (var entryPoint in entryPoints)
        {
            var count = rows.Count(row => row.SdkMethod == entryPoint);
            violations.Check(count > 0, $"`{entryPoint}` has no row: add `| `POST` | {WebhookPath} | `{entryPoint}` | {NotApplicable} | what it does |`.");
            violations.Check(count <= 1, $"`{entryPoint}` has {count} rows: keep one.");
        }

        foreach (var row in rows)
        {
            violations.Check(entryPoints.Contains(row.SdkMethod), $"README.md line {row.Line} names `{row.SdkMethod}`, which is no webhook entry point ({string.Join(", ", entryPoints)}): correct or remove the row.");
            violations.Check(row.Method == "POST", $"README.md line {row.Line}: Masivo POSTs webhooks; write `POST`, not `{row.Method}`.");
            violations.Check(row.Retried == NotApplicable, $"README.md line {row.Line}: the SDK sends no webhook, so retried is \"{NotApplicable}\", not \"{row.Retried}\".");
        }

        violations.AssertNone();
    }

    /// <summary>The rows of endpoints Masivo serves: every well-formed row but the webhooks'.</summary>
    private static IEnumerable<TableRow> EndpointRows() => Rows.Value.Where(row => row.Cells.Count == 5 && row.Path != WebhookPath);

    /// <summary>How the table names what sends <paramref name="endpoint"/>: <c>client.Customers.GetAsync</c>, or that the SDK sends it itself.</summary>
    private static string Sender(SdkEndpoint endpoint) =>
        SdkOwn.Contains(endpoint.Name) ? SentByTheSdk : $"client.{SdkEndpoints.Pascal(endpoint.Resource)}.{SdkEndpoints.Pascal(endpoint.Action)}Async";

    private static string Retried(SdkEndpoint endpoint) => endpoint.Endpoint.IsIdempotent ? "yes" : "no";

    /// <summary>The row to add for <paramref name="endpoint"/>, as README.md writes it.</summary>
    private static string ExpectedRow(SdkEndpoint endpoint)
    {
        var sender = Sender(endpoint);
        return $"| `{endpoint.Endpoint.Method}` | `{endpoint.Endpoint.PathTemplate}` | {(SdkOwn.Contains(endpoint.Name) ? sender : $"`{sender}`")} | {Retried(endpoint)} | |";
    }

    /// <summary><c>client.Customers.GetTransactionsAsync</c> → resource <c>Customers</c>, method <c>GetTransactionsAsync</c>, descriptor <c>customers.get_transactions</c>.</summary>
    private static (string Resource, string Method, string Descriptor)? ClientMethod(string cell)
    {
        var parts = cell.Split('.');
        if (parts is not ["client", var resource, var method] || resource.Length == 0 || !method.EndsWith("Async", StringComparison.Ordinal))
        {
            return null;
        }

        return (resource, method, $"{SdkEndpoints.Snake(resource)}.{SdkEndpoints.Snake(method[..^"Async".Length])}");
    }

    /// <summary>What receives a webhook: <c>MasivoWebhooks.Parse</c>, <c>MasivoWebhooks.ParseAsync</c>, <c>app.MapMasivoWebhooks</c>.</summary>
    private static HashSet<string> WebhookEntryPoints()
    {
        var parsers = typeof(MasivoWebhooks).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Select(method => $"{nameof(MasivoWebhooks)}.{method.Name}");
        // The methods that map an endpoint Masivo posts to (the service registrations beside them receive nothing).
        var mapped = typeof(MasivoWebhookEndpointRouteBuilderExtensions).Assembly.GetExportedTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => method.GetParameters() is [var target, ..] && target.ParameterType == typeof(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder))
            .Select(method => $"app.{method.Name}");
        return [.. parsers, .. mapped];
    }

    private static List<TableRow> ReadRows()
    {
        using var stream = typeof(ReadmeEndpointTableTests).Assembly.GetManifestResourceStream("README.md")
            ?? throw new InvalidOperationException("README.md is not embedded in the tests (see Masivo.Sdk.Tests.csproj).");
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().ReplaceLineEndings("\n").Split('\n');

        var rows = new List<TableRow>();
        var start = Array.IndexOf(lines, Heading);
        if (start < 0)
        {
            return rows;
        }

        var header = true;
        for (var i = start + 1; i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith('|'))
            {
                if (rows.Count > 0 || !header)
                {
                    break; // the table has ended
                }

                continue;
            }

            if (header || line.StartsWith("|---", StringComparison.Ordinal))
            {
                header = false; // the column names, then the separator
                continue;
            }

            var cells = line.Trim('|').Split('|').Select(cell => cell.Trim()).ToList();
            rows.Add(new TableRow(i + 1, line, cells));
        }

        return rows;
    }

    /// <summary>One row of the table: its line in README.md (1-based), its text and its cells, trimmed.</summary>
    private sealed record TableRow(int Line, string Text, IReadOnlyList<string> Cells)
    {
        public string Method => Code(0);

        public string Path => Code(1);

        public string SdkMethod => Code(2);

        public string Retried => Code(3);

        /// <summary>A cell without the backticks around it.</summary>
        private string Code(int index) => index < Cells.Count ? Cells[index].Trim('`') : string.Empty;
    }
}
