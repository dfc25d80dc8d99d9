namespace DocGen.Docx;

/// <summary>A table cell's part in a vertical merge (<c>w:vMerge</c>).</summary>
internal enum MergeState
{
    None,
    Restart,
    Continue,
}
