using System.CommandLine;
using DocGen.Diagnostics;
using DocGen.Cli.Preview;
using DocGen.Import;
using DocGen.Loading;

namespace DocGen.Cli;

/// <summary>
/// <c>docgen import SOURCE… --out DIR</c>: an office's existing plan (.docx, .txt, .md; .doc/.wps/.rtf/.odt through
/// LibreOffice) becomes a set. Exit 0 when
/// a set was written, even with warnings about the source; 1 when no source can be imported; 3 when DIR cannot be
/// written or is not empty.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var sources = new Argument<string[]>("SOURCE")
        {
            Description = "已有方案的文件（.docx、.txt、.md；.doc、.wps、.rtf、.odt 先用 LibreOffice 转换），可写多个：印发通知、实施方案、任务分工表合成一个文件集",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o") { HelpName = "DIR", Description = "新文件集的目录（应不存在或为空）", Required = true };
        SetCommandOptions.RejectEmpty(output);
        var format = new Option<OutputFormat>("--format", "-f") { Description = "诊断信息的格式：text（缺省）或 json", DefaultValueFactory = _ => OutputFormat.Text };
        var encoding = new Option<string?>("--encoding") { HelpName = "编码", Description = "强制按此编码读取 .txt/.md：utf-8、gb18030（gbk）、utf-16、utf-16be；缺省自动识别" };
        encoding.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } name && TextDecoder.ByName(name) is null)
                result.AddError($"无法识别的编码“{name}”，可用：{string.Join("、", TextDecoder.Names)}。");
        });
        var command = new Command("import", "由已有的方案（印发通知、实施方案、任务分工表）生成文件集，并报告原文中的错误")
        {
            sources, output, format, encoding,
        };
        // A mistyped option lands among the sources as a file name; a real file named so is written ./-x.
        sources.Validators.Add(result =>
        {
            foreach (var option in (result.GetValueOrDefault<string[]>() ?? []).Where(s => s.StartsWith('-') && !File.Exists(s)))
                result.AddError(Usage.UnknownOption(option, command));
        });
        command.SetAction(result => Run(result.GetValue(sources)!, result.GetValue(output)!, result.GetValue(format),
            result.GetValue(encoding) is { } name ? TextDecoder.ByName(name) : null));
        return command;
    }

    private static int Run(string[] sources, string target, OutputFormat format, System.Text.Encoding? encoding)
    {
        var diagnostics = new DiagnosticBag();
        var display = Locations.Display(target);
        // As for init: an existing set is never mixed with an imported one.
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            diagnostics.Error(DiagnosticIds.OutputFolderNotEmpty, new SourceLocation(display), $"目录“{display}”不是空的，为免覆盖已有文件，请换一个新目录。");
            DiagnosticPrinter.Print(diagnostics.Items, format);
            return ExitCodes.OutputFailed;
        }
        var named = sources.Select(s => (s, Locations.Display(s))).ToList();
        // The scratch folder only when LibreOffice has something to convert: most imports are .docx or text.
        using var scratch = sources.Any(WordConverter.NeedsConversion) ? new ScratchFolder() : null;
        var readable = scratch is null ? named : WordConverter.Convert(named, scratch, diagnostics);
        var set = readable is null ? null : new SetImporter(diagnostics).Import(readable, encoding);
        if (set is null)
        {
            DiagnosticPrinter.Print(diagnostics.Items, format);
            // With --format json the human lines go to stderr, so stdout stays one JSON document.
            Console.Error.WriteLine("有错误，未写入任何文件。");
            return ExitCodes.InputErrors;
        }
        var written = ImportedSetWriter.Write(set, target, display, Locations.DefaultTemplates, diagnostics);
        if (format == OutputFormat.Json)
            (JsonReport.Of(diagnostics.Items) with
            {
                Sets = [new SetJson(display) { Out = display, Written = written.Select(f => new WrittenJson(f, "new")).ToList() }],
            }).Print();
        else
            DiagnosticPrinter.Print(diagnostics.Items, format);
        if (diagnostics.HasErrors)
            return ExitCodes.OutputFailed;
        var summary = $"已导入到 {display}：{set.Tasks.Count} 项任务、{set.Phases.Count} 个阶段、{set.UnitGroups.Count} 个单位（写入 {string.Join("、", Shown(written))}）。";
        (format == OutputFormat.Json ? Console.Error : Console.Out).WriteLine(summary);
        return ExitCodes.Success;
    }

    /// <summary>The set's files by name, and its templates as one folder: the plan body is the one written from the source.</summary>
    private static IEnumerable<string> Shown(IReadOnlyList<string> written)
    {
        var templates = written.Count(f => f.StartsWith("templates/", StringComparison.Ordinal));
        return written.Where(f => !f.StartsWith("templates/", StringComparison.Ordinal))
            .Concat(templates > 0 ? [$"templates/（{templates} 个模板，实施方案正文按原文写成）"] : []);
    }
}
