using System.Text;

namespace DocGen.Tests.Fuzz;

/// <summary>Mutations of a text file of the set: what damaged, hostile or oddly saved input looks like.</summary>
public static class Mutator
{
    private static readonly string[] Storms =
    [
        "\"", "\"\"\"", ",,,,,,,,", "\t\t\t", "\r", "\n\n\n", "{{", "}}", "{{#each", "{{/if}}", "{{> x}}", "{{{x}}}",
        "[[[[[[", "{{{{", ": :", "- - -", "---", "# ", "| | |", "::: x", "<w:p>", "&#0;", "\u0000", "\u202E", "\uFEFF",
        "\uFFFD", "\u0001", "１２３", "〔〕", "（一）", "2023年13月", "0000年0月", "99999999999999999999", "、、、", "*", "`",
    ];

    public static (byte[] Bytes, string Description) Mutate(string text, Random random)
    {
        var kind = random.Next(10);
        switch (kind)
        {
            case 0:
                var cut = random.Next(text.Length + 1);
                return (Encoding.UTF8.GetBytes(text[..cut]), $"truncated at {cut}");
            case 1:
                var bytes = Encoding.UTF8.GetBytes(text);
                for (var i = random.Next(1, 8); i > 0 && bytes.Length > 0; i--)
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                return (bytes, "random bytes");
            case 2:
                var storm = Storms[random.Next(Storms.Length)];
                var repeat = random.Next(1, 200);
                return (Encoding.UTF8.GetBytes(Insert(text, random, string.Concat(Enumerable.Repeat(storm, repeat)))), $"storm {Escape(storm)} x{repeat}");
            case 3:
                var huge = new string('字', random.Next(1_000, 60_000));
                return (Encoding.UTF8.GetBytes(Insert(text, random, huge)), $"huge cell {huge.Length}");
            case 4:
                var depth = random.Next(10, 400);
                var nesting = random.Next(2) == 0 ? string.Concat(Enumerable.Repeat("{{#if Set}}", depth)) : new string('[', depth);
                return (Encoding.UTF8.GetBytes(Insert(text, random, nesting)), $"nesting {depth}");
            case 5:
                var lines = text.Split('\n').ToList();
                var a = random.Next(lines.Count);
                var b = random.Next(lines.Count);
                (lines[a], lines[b]) = (lines[b], lines[a]);
                if (random.Next(2) == 0)
                    lines.Insert(random.Next(lines.Count), lines[random.Next(lines.Count)]);
                else
                    lines.RemoveAt(random.Next(lines.Count));
                return (Encoding.UTF8.GetBytes(string.Join('\n', lines)), "lines shuffled");
            case 6:
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                var encoding = random.Next(3) switch { 0 => Encoding.GetEncoding("GB18030"), 1 => Encoding.Unicode, _ => Encoding.BigEndianUnicode };
                return (encoding.GetBytes(text), $"re-encoded as {encoding.WebName} without BOM");
            case 7:
                var chars = text.ToCharArray();
                for (var i = random.Next(1, 20); i > 0 && chars.Length > 0; i--)
                    chars[random.Next(chars.Length)] = (char)random.Next(0x20, 0xFFFF);
                return (Encoding.UTF8.GetBytes(new string(chars)), "random characters");
            case 8:
                return ([], "empty file");
            default:
                var words = new[] { "合理缺项", "长期坚持", "2023年2月30日前", "市场监管局", "区市场监管局", "已完成", "基本完成", "全面创建阶段", "" };
                var cells = text.Split(',');
                for (var i = random.Next(1, 6); i > 0 && cells.Length > 0; i--)
                    cells[random.Next(cells.Length)] = words[random.Next(words.Length)];
                return (Encoding.UTF8.GetBytes(string.Join(',', cells)), "cells replaced");
        }
    }

    private static string Insert(string text, Random random, string insert)
    {
        var at = random.Next(text.Length + 1);
        return text[..at] + insert + text[at..];
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));
}
