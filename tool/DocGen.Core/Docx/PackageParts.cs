using DocGen.Domain;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Docx;

/// <summary>The fixed parts every document carries: settings, font table, and the two page-number footers.</summary>
internal static class PackageParts
{
    public static Settings Settings() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 420 },
        // 7.5: different footers on odd and even pages.
        new EvenAndOddHeaders(),
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));

    /// <summary>§10.1: alternate names and the GB2312 charset give Word and WPS substitution hints.</summary>
    public static Fonts FontTable(FontMap fonts)
    {
        var table = new Fonts();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, alt) in new[]
                 {
                     (fonts.FangSong, "仿宋"), (fonts.KaiTi, "楷体"), (fonts.HeiTi, "SimHei"), (fonts.SongTi, "SimSun"),
                     (fonts.XiaoBiaoSong, "FZXiaoBiaoSong-B05S"),
                 })
        {
            if (!seen.Add(name))
                continue;
            var font = new Font { Name = name };
            if (alt != name)
                font.Append(new AltName { Val = alt });
            font.Append(new FontCharSet { Val = "86" }, new FontFamily { Val = FontFamilyValues.Auto }, new Pitch { Val = FontPitchValues.Variable });
            table.Append(font);
        }
        if (seen.Add(fonts.Latin))
            table.Append(new Font(new FontCharSet { Val = "00" }, new FontFamily { Val = FontFamilyValues.Roman }, new Pitch { Val = FontPitchValues.Variable }) { Name = fonts.Latin });
        return table;
    }

    /// <summary>7.5: <c>— N —</c>, 4号 宋体, the number as a PAGE field.</summary>
    public static Footer PageNumberFooter(string styleId) => new(PageNumberParagraph(styleId));

    /// <summary>
    /// The 版记 section's footers (7.5): the same number, with space above it. LibreOffice (7.4) imports a section that
    /// starts on an even page without the footer spacing the others get, so its type area would end 2.9 mm low and
    /// the bottom-anchored 版记 with it; the space makes the footer as tall as the 35 mm margin leaves (Word: no change,
    /// the footer still fits the margin).
    /// </summary>
    public static Footer ColophonPageFooter(string styleId)
    {
        var paragraph = PageNumberParagraph(styleId);
        paragraph.ParagraphProperties!.Append(new SpacingBetweenLines { Before = GbT9704.ColophonFooterSpace.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Footer(paragraph);
    }

    public static Paragraph PageNumberParagraph(string styleId) => new(
        new ParagraphProperties(new ParagraphStyleId { Val = styleId }),
        TextRuns.Plain("— "),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        TextRuns.Plain("1"),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
        TextRuns.Plain(" —"));
}
