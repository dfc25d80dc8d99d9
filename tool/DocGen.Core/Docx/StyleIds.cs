namespace DocGen.Docx;

/// <summary>Paragraph style ids; renderers name a role, styles.xml says how it looks.</summary>
internal static class StyleIds
{
    public const string Body = "GwBody";
    public const string Title = "GwTitle";
    public const string Heading1 = "GwHeading1";
    public const string Heading2 = "GwHeading2";
    public const string Heading3 = "GwHeading3";
    public const string Heading4 = "GwHeading4";
    public const string RedHead = "GwRedHead";
    public const string DocumentNumber = "GwDocNumber";
    public const string RedLine = "GwRedLine";
    public const string Recipient = "GwRecipient";
    public const string Signature = "GwSignature";
    public const string AttachmentList = "GwAttachmentList";
    public const string AttachmentLabel = "GwAttachmentLabel";
    public const string TableText = "GwTable";
    public const string TableHeader = "GwTableHeader";
    public const string Colophon = "GwColophon";
    public const string Footer = "GwFooter";
    public const string FooterEven = "GwFooterEven";

    // Character styles for the ordinal phrase of a run-in heading (7.3.3: only the phrase is 黑体/楷体).
    public const string Heading1Char = "GwHeading1Char";
    public const string Heading2Char = "GwHeading2Char";

    public static string Heading(int level) => level switch
    {
        1 => Heading1,
        2 => Heading2,
        3 => Heading3,
        _ => Heading4,
    };
}
