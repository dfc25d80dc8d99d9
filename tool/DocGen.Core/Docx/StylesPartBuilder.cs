using DocGen.Domain;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Docx;

/// <summary>Builds styles.xml from <see cref="StyleCatalog"/> and the set's <see cref="FontMap"/>.</summary>
internal static class StylesPartBuilder
{
    public static Styles Build(FontMap fonts)
    {
        var body = StyleCatalog.Paragraphs[0];
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(body.Run.Elements(fonts))),
                // §1.2: LibreOffice applies orphan control unless told not to, which breaks 22 lines a page.
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new WidowControl { Val = false }))),
            ParagraphStyle("Normal", "Normal", body.Paragraph, body.Run, fonts, isDefault: true));

        foreach (var (id, name, paragraph, run) in StyleCatalog.Paragraphs)
            styles.Append(ParagraphStyle(id, name, paragraph, run, fonts, isDefault: false));
        foreach (var (id, name, run) in StyleCatalog.Characters)
            styles.Append(new Style(new StyleName { Val = name }, new StyleRunProperties(run.Elements(fonts)))
            {
                Type = StyleValues.Character,
                StyleId = id,
                CustomStyle = true,
            });
        styles.Append(new Style(new StyleName { Val = "Table Grid" }, new StyleTableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = GbT9704.TableBorder },
                new LeftBorder { Val = BorderValues.Single, Size = GbT9704.TableBorder },
                new BottomBorder { Val = BorderValues.Single, Size = GbT9704.TableBorder },
                new RightBorder { Val = BorderValues.Single, Size = GbT9704.TableBorder },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = GbT9704.TableBorder },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = GbT9704.TableBorder })))
        {
            Type = StyleValues.Table,
            StyleId = "GwTableGrid",
        });
        return styles;
    }

    private static Style ParagraphStyle(string id, string name, ParagraphFormat paragraph, RunFormat run, FontMap fonts, bool isDefault)
    {
        var style = new Style(
            new StyleName { Val = name },
            new PrimaryStyle(),
            new StyleParagraphProperties(paragraph.Elements()),
            new StyleRunProperties(run.Elements(fonts)))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };
        if (isDefault)
            style.Default = true;
        else
            style.CustomStyle = true;
        return style;
    }
}
