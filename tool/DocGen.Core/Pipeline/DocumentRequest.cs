namespace DocGen.Pipeline;

/// <summary>One document to make: its output file name, the template, and the model the template sees.</summary>
internal sealed record DocumentRequest(string FileName, string Template, object Model);
