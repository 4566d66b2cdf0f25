// Masivo migration tool: moves contacts or customers from a CSV or JSON Lines file, or customers' past
// events or transactions from a JSON Lines file, into Masivo.
// With no arguments it generates 50,000 sample contacts and migrates them to the embedded fake server.
// Exit codes: see ExitCodes.cs (0 all migrated, 1 some failed, 2 usage error, 3 some rejected, 130 cancelled).
using Masivo.Samples.Migration;
using Spectre.Console;

return await MigrationCommand.InvokeAsync(AnsiConsole.Console, args);
