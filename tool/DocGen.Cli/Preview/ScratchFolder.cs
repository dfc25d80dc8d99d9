namespace DocGen.Cli.Preview;

/// <summary>
/// A private folder under the system's temp folder where LibreOffice and pdftoppm write (and LibreOffice keeps its
/// profile), so neither ever touches the output folder: results move in through the ledger like every output.
/// </summary>
internal sealed class ScratchFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "docgen-preview-" + Guid.NewGuid().ToString("N"));

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <summary>LibreOffice's option for a throw-away profile here, so a user's running LibreOffice neither blocks nor is changed.</summary>
    public string LibreOfficeProfileOption => $"-env:UserInstallation={new Uri(this["profile"]).AbsoluteUri}";

    public ScratchFolder() => Directory.CreateDirectory(Path);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover folder in the temp folder is harmless.
        }
    }
}
