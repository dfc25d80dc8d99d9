using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DocGen.Diagnostics;

namespace DocGen.Import;

/// <summary>
/// Writes an imported set with the headers of the sample set (README 4.3–4.6): manifest.yaml, units.csv (every
/// distinct unit), tasks.csv, phases.csv and progress.csv with its header only; and, when the source has a plan's
/// words, <c>templates/</c>: a copy of the default templates whose plan body is the source's own
/// (<see cref="PlanTemplateWriter"/>). Every file is made in memory first, so a failure to write is the only way
/// to leave a part of a set behind.
/// </summary>
public static class ImportedSetWriter
{
    private const string PlanBody = "partials/plan-body.hbs";

    /// <param name="defaultTemplates">The folder of the default templates, copied into the set beside its plan body.</param>
    /// <returns>The files written, by relative path; reports DG5001/DG5002 when the folder or a file cannot be written.</returns>
    public static IReadOnlyList<string> Write(ImportedSet set, string folder, string displayFolder, string defaultTemplates, DiagnosticBag diagnostics)
    {
        var files = new List<(string Name, string Text)>
        {
            ("manifest.yaml", ManifestText.Write(set)),
            ("units.csv", Csv(["单位", "简称", "自查报告"], set.UnitGroups.Select(u => new[] { u.Name, string.Join("、", u.Aliases), "" }))),
            ("tasks.csv", Csv(["序号", "类别", "项目", "分值", "工作任务", "牵头单位", "责任单位", "完成时限", "阶段"],
                set.Tasks.Select((t, i) => new[]
                {
                    (i + 1).ToString(CultureInfo.InvariantCulture), t.Category, t.Item, t.Score, t.Text,
                    string.Join("、", t.Leads), string.Join("、", t.Partners), t.Deadline, "",
                }))),
            ("phases.csv", Csv(["阶段", "开始", "结束", "工作内容"], set.Phases.Select(p => new[] { p.Name, p.Start, p.End, p.Content }))),
            ("progress.csv", Csv(["序号", "单位", "进展", "主要做法和成效", "存在问题", "下一步措施"], [])),
        };
        if (set.Prose.Parts.Count > 0)
            files.AddRange(Templates(set, defaultTemplates));
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticIds.OutputFolderInvalid, new SourceLocation(displayFolder), $"无法创建目录“{displayFolder}”：{e.Message}");
            return [];
        }
        var written = new List<string>();
        foreach (var (name, text) in files)
        {
            try
            {
                var path = Path.Combine(folder, name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
                written.Add(name);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticIds.OutputWriteFailed, new SourceLocation(Path.Combine(displayFolder, name)), $"无法写入“{name}”：{e.Message}");
            }
        }
        return written;
    }

    /// <summary>Every default template under <c>templates/</c>, in code-point order, the plan body written from the source.</summary>
    private static IEnumerable<(string Name, string Text)> Templates(ImportedSet set, string defaultTemplates)
    {
        var copies = Directory.Exists(defaultTemplates)
            ? Directory.GetFiles(defaultTemplates, "*.hbs", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(defaultTemplates, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(name => name != PlanBody)
                .Order(StringComparer.Ordinal)
                .Select(name => (name, File.ReadAllText(Path.Combine(defaultTemplates, name))))
            : [];
        return copies.Append((PlanBody, PlanTemplateWriter.Write(set))).Select(f => ("templates/" + f.Item1, f.Item2));
    }

    private static string Csv(string[] header, IEnumerable<string[]> rows)
    {
        using var text = new StringWriter();
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }))
        {
            foreach (var rowFields in rows.Prepend(header))
            {
                foreach (var field in rowFields)
                    csv.WriteField(field);
                csv.NextRecord();
            }
        }
        return text.ToString();
    }
}
