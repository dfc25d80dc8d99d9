namespace DocGen.Tests.Cli;

/// <summary>CLI tests swap Console and the working folder, so they never run in parallel with each other.</summary>
[CollectionDefinition("Console", DisableParallelization = true)]
public sealed class ConsoleCollection;
