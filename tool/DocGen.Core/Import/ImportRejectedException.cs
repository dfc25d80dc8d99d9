namespace DocGen.Import;

/// <summary>Thrown inside a reader to leave it with a Chinese reason; the reader turns it into a diagnostic.</summary>
internal sealed class ImportRejectedException(string message) : Exception(message);
