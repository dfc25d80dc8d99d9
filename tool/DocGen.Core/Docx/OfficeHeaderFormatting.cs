using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Docx;

/// <summary>
/// Makes the formatting of a header's paragraphs and runs direct: what the office's document defaults and styles
/// (with their basedOn chains) gave them, merged in Word's order (defaults, paragraph style, run style, direct),
/// over a neutral base, so DocGen's own styles (仿宋 3号 on a 579-twip line, indented two characters) change nothing.
/// </summary>
internal sealed class OfficeHeaderFormatting(StyleDefinitionsPart? stylesPart)
{
    private readonly Styles? _styles = stylesPart?.Styles;

    public void Apply(Paragraph paragraph)
    {
        var style = ParagraphStyle(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        var paragraphLayers = new List<OpenXmlElement?> { NeutralParagraph(), _styles?.DocDefaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle };
        var runLayers = new List<OpenXmlElement?> { NeutralRun(), _styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle };
        foreach (var s in Chain(style))
        {
            paragraphLayers.Add(s.StyleParagraphProperties);
            runLayers.Add(s.StyleRunProperties);
        }
        var direct = paragraph.ParagraphProperties;
        paragraphLayers.Add(direct);
        var properties = new ParagraphProperties();
        foreach (var child in Merge(paragraphLayers, "pStyle", "rPr", "sectPr", "pPrChange", "numPr"))
            properties.AddChild(child, throwOnError: false);
        // The paragraph mark's size sets an empty paragraph's height.
        var mark = new ParagraphMarkRunProperties();
        foreach (var child in Merge([.. runLayers, direct?.ParagraphMarkRunProperties], "rStyle", "rPrChange"))
            mark.AddChild(child, throwOnError: false);
        properties.AddChild(mark, throwOnError: false);
        direct?.Remove();
        paragraph.PrependChild(properties);

        foreach (var run in paragraph.Elements<Run>().Concat(paragraph.Elements<Hyperlink>().SelectMany(h => h.Elements<Run>())))
        {
            var own = run.RunProperties;
            var layers = new List<OpenXmlElement?>(runLayers);
            foreach (var s in Chain(Style(own?.RunStyle?.Val?.Value, StyleValues.Character)))
                layers.Add(s.StyleRunProperties);
            layers.Add(own);
            var merged = new RunProperties();
            foreach (var child in Merge(layers, "rStyle", "rPrChange"))
                merged.AddChild(child, throwOnError: false);
            own?.Remove();
            run.PrependChild(merged);
        }
    }

    /// <summary>What Word assumes where nothing is said, written out; snapping is off as DocGen's grid is not the office's.</summary>
    private static ParagraphProperties NeutralParagraph() => new(
        new SnapToGrid { Val = false },
        new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
        new Indentation { Left = "0", Right = "0", FirstLine = "0" },
        new Justification { Val = JustificationValues.Left });

    private static RunProperties NeutralRun() => new(
        new Color { Val = "auto" },
        new Spacing { Val = 0 },
        new CharacterScale { Val = 100 },
        new FontSize { Val = "20" },
        new FontSizeComplexScript { Val = "20" });

    /// <summary>Later layers win, element by element and attribute by attribute (a spacing that sets only “before”).</summary>
    private static IEnumerable<OpenXmlElement> Merge(IEnumerable<OpenXmlElement?> layers, params string[] skip)
    {
        var merged = new Dictionary<string, OpenXmlElement>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var layer in layers.OfType<OpenXmlElement>())
            foreach (var child in layer.ChildElements.Where(c => !skip.Contains(c.LocalName)))
            {
                if (!merged.TryGetValue(child.LocalName, out var earlier))
                {
                    order.Add(child.LocalName);
                    merged[child.LocalName] = child.CloneNode(true);
                    continue;
                }
                merged[child.LocalName] = Over(earlier, child);
            }
        return order.Select(name => merged[name]);
    }

    private static OpenXmlElement Over(OpenXmlElement earlier, OpenXmlElement later)
    {
        // Tab stops and list-like children are given whole; attributes and borders (top, bottom…) merge.
        if (later.LocalName is "tabs" || !later.HasAttributes && !later.HasChildren)
            return later.CloneNode(true);
        var result = earlier.CloneNode(true);
        foreach (var attribute in later.GetAttributes())
            result.SetAttribute(attribute);
        foreach (var child in later.ChildElements)
        {
            var old = result.ChildElements.FirstOrDefault(c => c.LocalName == child.LocalName);
            if (old is null)
                result.AppendChild(child.CloneNode(true));
            else
                old.InsertAfterSelf(Over(old, child)).PreviousSibling()!.Remove();
        }
        return result;
    }

    private Style? ParagraphStyle(string? id) => Style(id, StyleValues.Paragraph);

    private Style? Style(string? id, StyleValues type) => _styles?.Elements<Style>().FirstOrDefault(s =>
        s.Type?.Value == type && (id is null ? s.Default?.Value == true : s.StyleId?.Value == id));

    /// <summary>The style and those it is based on, the root first; a loop ends the chain.</summary>
    private List<Style> Chain(Style? style)
    {
        var chain = new List<Style>();
        while (style is not null && !chain.Contains(style) && chain.Count < 32)
        {
            chain.Insert(0, style);
            style = style.BasedOn?.Val?.Value is { } basedOn ? _styles!.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == basedOn) : null;
        }
        return chain;
    }
}
