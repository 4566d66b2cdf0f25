// Masivo migration tool: moves contacts or customers from a CSV or JSON Lines file into Masivo.
// With no arguments it generates 50,000 sample contacts and migrates them to the embedded fake server.
using Masivo.Samples.Migration;
using Spectre.Console;

return await MigrationCommand.Create(AnsiConsole.Console).Parse(args).InvokeAsync();
