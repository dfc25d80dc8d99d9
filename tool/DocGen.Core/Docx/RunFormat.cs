using DocGen.Domain;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Docx;

/// <summary>How a role's text looks: font role, size and colour. Writes run properties in schema order.</summary>
internal sealed record RunFormat(FontRole Font, int Size, string Color = "000000")
{
    /// <summary>§10.2: all four font slots, hint eastAsia (quotes and dashes take the Chinese font), zh-CN language.</summary>
    public IEnumerable<OpenXmlElement> Elements(FontMap fonts)
    {
        var eastAsia = fonts[Font];
        // Page numbers (7.5) are 宋体 in every slot: the digits are ASCII.
        var latin = Font == FontRole.SongTi ? eastAsia : fonts.Latin;
        yield return new RunFonts { Ascii = latin, HighAnsi = latin, EastAsia = eastAsia, ComplexScript = latin, Hint = FontTypeHintValues.EastAsia };
        yield return new Color { Val = Color };
        // §1.2: −0.25 pt on 3号 runs is what fits 28 characters on a 156 mm line.
        if (Size == GbT9704.SizeSanHao)
            yield return new Spacing { Val = GbT9704.CharacterSpacing };
        yield return new FontSize { Val = Size.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        yield return new FontSizeComplexScript { Val = Size.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        yield return new Languages { Val = "en-US", EastAsia = "zh-CN" };
    }
}
