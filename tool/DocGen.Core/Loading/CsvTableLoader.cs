using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DocGen.Diagnostics;

namespace DocGen.Loading;

/// <summary>Reads one CSV file into a <see cref="InputTable"/> whose cells remember their physical line and column.</summary>
internal sealed class CsvTableLoader(DiagnosticBag diagnostics, System.Text.Encoding? encoding = null)
{
    /// <returns>The table, or null when the file is missing, malformed or lacks a required column.</returns>
    public InputTable? Load(string path, string displayPath, IReadOnlyList<string> requiredColumns)
    {
        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticIds.FileMissing, new SourceLocation(displayPath),
                $"找不到文件“{System.IO.Path.GetFileName(path)}”，请在文件集中提供它（可用 docgen init 生成示例）。");
            return null;
        }

        var malformedLines = new List<int>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", "\t"],
            IgnoreBlankLines = true,
            // An unclosed quote swallows text up to the next quote; report where the record started.
            BadDataFound = args => malformedLines.Add(MalformedStartLine(args.Context.Parser!.RawRow, args.RawRecord)),
        };

        var text = TextDecoder.Read(path, displayPath, encoding, diagnostics);
        if (text is null)
            return null;
        using var parser = new CsvParser(new StringReader(text), configuration);
        var records = new List<(int, SparseValues)>();
        while (parser.Read())
            records.Add((StartLine(parser.RawRow, parser.RawRecord), SparseValues.FromFields(parser.Record!)));

        foreach (var line in malformedLines.Distinct())
            diagnostics.Error(DiagnosticIds.CsvMalformed, new SourceLocation(displayPath, line, 1),
                "引号不配对：单元格内的英文双引号要写成两个（\"\"），或整格用英文双引号括起来。");
        return malformedLines.Count > 0 ? null : TableAssembler.Assemble(displayPath, null, records, requiredColumns, diagnostics);
    }

    /// <summary>
    /// A quote left open runs on to the end of the file, and then every line break inside it, the last one included,
    /// has already moved RawRow on: count them all, or the error points at the line after the quote. A quote closed
    /// later leaves the record's own line break uncounted, as for any record.
    /// </summary>
    private static int MalformedStartLine(long rawRowAtEnd, string rawRecord) =>
        EndsInsideQuotes(rawRecord) ? (int)rawRowAtEnd - rawRecord.Count(c => c == '\n') : StartLine(rawRowAtEnd, rawRecord);

    /// <summary>Whether a quoted cell is still open at the end: only a quote that starts a cell opens one (RFC 4180).</summary>
    private static bool EndsInsideQuotes(string raw)
    {
        var (quoted, cellStart) = (false, true);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (quoted && c == '"' && i + 1 < raw.Length && raw[i + 1] == '"')
                i++;
            else if (c == '"' && (quoted || cellStart))
                quoted = !quoted;
            cellStart = !quoted && c is ',' or '\t' or '\n';
        }
        return quoted;
    }

    /// <summary>CsvHelper counts RawRow at the record's last line; a quoted cell may span several lines.</summary>
    private static int StartLine(long rawRowAtEnd, string rawRecord)
    {
        var body = rawRecord.TrimEnd('\r', '\n');
        var breaks = body.Count(c => c == '\n');
        return (int)rawRowAtEnd - breaks;
    }
}
