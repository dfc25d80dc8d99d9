using System.Xml.Linq;
using DocGen.Docx;
using DocGen.Domain;
using DocGen.Tests.Support;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Tests.Render;

/// <summary>
/// The free fonts that stand in for the names DocGen writes. tests/fonts/fonts.conf is the one place that says which
/// family stands in for which name (an alias's prefer list, best first); this class reads it and asks fc-match, under
/// the same FONTCONFIG_FILE LibreOffice gets, what each name really resolves to. A name that falls through to
/// fontconfig's default (Times New Roman to DejaVu Serif without fonts-liberation2) renders with other advance widths,
/// so the render tests would fail on a measurement instead of naming the missing font.
/// </summary>
public static class FontStandIns
{
    /// <summary>Every family name DocGen writes with the default font map: each font-table entry and its alternative name.</summary>
    public static IReadOnlyList<string> Written { get; } =
        [.. PackageParts.FontTable(FontMap.Standard).Elements<Font>()
            .SelectMany(f => new[] { f.Name?.Value, f.GetFirstChild<AltName>()?.Val?.Value })
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)];

    private static string? FcMatch { get; } = ChildProcess.Find("fc-match");

    /// <summary>Name → its stand-in families, best first, as tests/fonts/fonts.conf declares them.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Declared { get; } = ReadAliases(Path.Combine(Repository.Root, "tests", "fonts", "fonts.conf"));

    /// <summary>Why a written name would not render with its stand-in here, naming each such font; null when all do.</summary>
    public static string? Missing()
    {
        if (FcMatch is null)
            return "fc-match not found (apt-get install fontconfig)";
        var wrong = Written.Select(name => (Name: name, Resolved: Resolve(name)))
            .Where(r => !Declared.TryGetValue(r.Name, out var standIns) || !standIns.Contains(r.Resolved, StringComparer.Ordinal))
            .Select(r => Declared.TryGetValue(r.Name, out var standIns)
                ? $"“{r.Name}” resolves to “{r.Resolved}”, not to {string.Join(" or ", standIns.Select(s => $"“{s}”"))} ({Source(standIns[0])})"
                : $"“{r.Name}” has no alias in tests/fonts/fonts.conf (it resolves to “{r.Resolved}”)")
            .ToList();
        return wrong.Count == 0 ? null : $"fonts missing under FONTCONFIG_FILE={RenderTools.FontConfig}: " + string.Join("; ", wrong);
    }

    /// <summary>The family fontconfig picks for <paramref name="name"/> under the render tests' FONTCONFIG_FILE.</summary>
    public static string Resolve(string name) =>
        // fc-match reads its argument as a pattern: '-' starts a size and ':' ',' '\' are syntax, so escape them.
        RenderTools.Run(FcMatch!, ["-f", "%{family[0]}", string.Concat(name.Select(c => c is '-' or ':' or ',' or '\\' ? $"\\{c}" : $"{c}"))], TimeSpan.FromSeconds(30)).Trim();

    /// <summary>What puts a stand-in family on the machine, for the message.</summary>
    private static string Source(string family) =>
        family.StartsWith("Fandol", StringComparison.Ordinal) ? "run tests/fonts/fetch-fonts.sh"
        : family.StartsWith("Liberation", StringComparison.Ordinal) ? "apt-get install fonts-liberation2"
        : family.StartsWith("Noto", StringComparison.Ordinal) ? "apt-get install fonts-noto-cjk"
        : family.StartsWith("AR PL", StringComparison.Ordinal) ? "apt-get install fonts-arphic-ukai"
        : "install it";

    private static Dictionary<string, IReadOnlyList<string>> ReadAliases(string file)
    {
        // fonts.conf declares a DTD that is not on the machine; the aliases need none of it.
        using var reader = System.Xml.XmlReader.Create(file, new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Ignore });
        return XDocument.Load(reader).Root!.Elements("alias").ToDictionary(
            a => a.Element("family")!.Value,
            a => (IReadOnlyList<string>)[.. a.Element("prefer")!.Elements("family").Select(f => f.Value)],
            StringComparer.Ordinal);
    }
}
