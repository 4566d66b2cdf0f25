namespace Masivo.Sdk.ColdStart;

/// <summary>A build of this program to run the children from: its label in the report, and how to start it.</summary>
internal sealed record ChildBuild(string Label, string Program, IReadOnlyList<string> Arguments);
