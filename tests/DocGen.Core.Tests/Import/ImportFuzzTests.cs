using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using DocGen.Binding;
using DocGen.Diagnostics;
using DocGen.Import;
using DocGen.Model;
using DocGen.Templates;
using DocGen.Tests.Fuzz;
using DocGen.Tests.Support;

namespace DocGen.Tests.Import;

/// <summary>
/// Damaged copies of the Wei County plan, as text and as .docx: import may give a set or diagnostics, never an
/// exception; a set it writes can be bound by check without an exception, and its own templates load and name-check clean. DOCGEN_FUZZ_CASES and DOCGEN_FUZZ_SEED as for FuzzTests.
/// </summary>
public sealed partial class ImportFuzzTests
{
    private static readonly string[] Storms =
    [
        "牵头单位：", "责任单位:", "（牵头单位：", "）", "(", "；", ";", "，", "、、", "一、", "（一）", "一)", "1.", "（1）", "①", "。",
        "完成时限：", "六、工作步骤", "（一）阶段（", "2023年13月", "—", "至", "关于印发《", "》的通知", "〔2023〕", "文号:", "：",
    ];

    [Fact]
    public void Damaged_plans_give_a_set_or_diagnostics_never_an_exception()
    {
        var cases = Setting("DOCGEN_FUZZ_CASES", 300);
        var first = Setting("DOCGEN_FUZZ_SEED", 1);
        var text = File.ReadAllText(Samples.File("wei-county-plan.txt"));
        var docx = File.ReadAllBytes(Samples.File("wei-county-plan.docx"));
        var failures = new ConcurrentBag<string>();

        Parallel.For(first, first + cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, seed =>
        {
            var random = new Random(seed);
            using var temp = new TempFolder();
            var (path, description) = random.Next(2) == 0 ? DamageText(temp, text, random) : DamageDocx(temp, docx, random);
            try
            {
                var diagnostics = new DiagnosticBag();
                var set = new SetImporter(diagnostics).Import([(path, Path.GetFileName(path))]);
                if (diagnostics.Items.FirstOrDefault(d => d.Location is null || !d.Message.EndsWith('。')) is { } bad)
                    failures.Add($"seed {seed} ({description}): unlocated or unpunctuated {bad}");
                if (set is not null)
                {
                    ImportedSetWriter.Write(set, temp["set"], "set", Repository.Templates, diagnostics);
                    _ = new DocumentSetBinder(new DiagnosticBag()).Bind(temp["set"], "set");
                    // The plan body written from damaged prose is still a template that compiles and names only model values
                    if (Directory.Exists(Path.Combine(temp["set"], "templates")))
                    {
                        var loading = new DiagnosticBag();
                        var engine = TemplateEngine.Load(Path.Combine(temp["set"], "templates"), "set/templates", loading);
                        engine.CheckNames(new Dictionary<string, Type> { ["plan"] = typeof(SetModel), ["notice"] = typeof(SetModel) }, loading);
                        if (loading.HasErrors)
                            failures.Add($"seed {seed} ({description}): the imported templates do not load: {string.Join(" | ", loading.Items.Take(3))}");
                    }
                }
            }
            catch (Exception e)
            {
                failures.Add($"seed {seed} ({description}): {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }
        });

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(10)) + "\nReproduce with DOCGEN_FUZZ_SEED=<seed> DOCGEN_FUZZ_CASES=1.");
    }

    private static (string, string) DamageText(TempFolder temp, string text, Random random)
    {
        var (bytes, description) = random.Next(3) == 0 ? (Encoding.UTF8.GetBytes(Storm(text, random, out var d)), d) : Mutator.Mutate(text, random);
        File.WriteAllBytes(temp["plan.txt"], bytes);
        return (temp["plan.txt"], "text " + description);
    }

    /// <summary>Either the zip's bytes are damaged, or the words of its paragraphs are, leaving the package valid.</summary>
    private static (string, string) DamageDocx(TempFolder temp, byte[] docx, Random random)
    {
        var path = temp["plan.docx"];
        File.WriteAllBytes(path, docx);
        if (random.Next(4) == 0)
        {
            var bytes = (byte[])docx.Clone();
            for (var i = random.Next(1, 10); i > 0; i--)
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            File.WriteAllBytes(path, bytes);
            return (path, "docx random bytes");
        }
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry("word/document.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open()))
            xml = reader.ReadToEnd();
        entry.Delete();
        var description = "";
        xml = WordText().Replace(xml, m => random.Next(8) == 0
            ? m.Groups[1].Value + System.Security.SecurityElement.Escape(Storm(m.Groups[2].Value, random, out description)) + m.Groups[3].Value
            : m.Value);
        using (var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open()))
            writer.Write(xml);
        return (path, "docx words " + description);
    }

    private static string Storm(string text, Random random, out string description)
    {
        var storm = string.Concat(Enumerable.Repeat(Storms[random.Next(Storms.Length)], random.Next(1, 30)));
        var at = random.Next(text.Length + 1);
        description = $"storm “{storm[..Math.Min(storm.Length, 12)]}” at {at}";
        return text[..at] + storm + text[at..];
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    [GeneratedRegex("(<w:t(?: [^>]*)?>)([^<]*)(</w:t>)")]
    private static partial Regex WordText();
}
