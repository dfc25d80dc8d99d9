using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Docx;

/// <summary>The mutable side of writing one document (pandoc's WriterState): body so far, counters, pending flags.</summary>
internal sealed class DocxWriterState(BodyWriter body)
{
    public BodyWriter Body { get; } = body;

    public HeadingNumberer Numbering { get; } = new();

    /// <summary>The office's own 版头 (manifest <c>版头</c>), written in place of DocGen's; its images are in the package.</summary>
    public OfficeHeader? OfficeHeader { get; init; }

    /// <summary>A run-in heading waiting for the paragraph whose text continues it (“1.党政同责。落实……”).</summary>
    public Paragraph? RunIn { get; set; }

    /// <summary>Set by a page break (<c>---</c>); the next paragraph starts a new page.</summary>
    public bool PageBreakPending { get; set; }

    /// <summary>The type-area width of the current section, for tables, titles and the 版记.</summary>
    public int TextWidth { get; set; } = GbT9704.TypeAreaWidth;

    /// <summary>Table columns (by header text) whose repeated values merge vertically, set by the enclosing container.</summary>
    public IReadOnlyList<string> MergeColumns { get; set; } = [];

    /// <summary>The table column (by header text) whose values become group rows, set by the enclosing container.</summary>
    public string? GroupColumn { get; set; }
}
