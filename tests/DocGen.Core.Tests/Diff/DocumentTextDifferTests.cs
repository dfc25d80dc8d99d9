using DocGen.Diff;

namespace DocGen.Tests.Diff;

public sealed class DocumentTextDifferTests
{
    [Fact]
    public void Lists_changed_added_and_removed_documents_and_leaves_out_unchanged_ones()
    {
        // Given an older version making a, b and c, and a newer one with b changed, c gone and d new
        (string, string)[] before = [("a.docx", "# 甲\n\n正文\n"), ("b.docx", "一\n二\n三\n四\n五\n六\n七\n八\n"), ("c.docx", "丙\n")];
        (string, string)[] after = [("a.docx", "# 甲\n\n正文\n"), ("b.docx", "一\n二\n三\n四\n伍\n六\n七\n八\n"), ("d.docx", "丁\n")];

        // When they are compared
        var changes = DocumentTextDiffer.Compare(before, after);

        // Then b is one hunk with three lines of context, d is all added and c all removed, in the newer version's order
        Assert.Equal(["b.docx", "d.docx", "c.docx"], changes.Select(c => c.File));
        var b = changes[0].Diff.Split('\n');
        Assert.Equal(["--- 旧/b.md", "+++ 新/b.md"], b[..2]);
        Assert.Equal(1, b.Count(l => l.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Equal(["-五", "+伍"], b.Where(l => l.Length > 0 && l[0] is '-' or '+' && !l.StartsWith("---", StringComparison.Ordinal) && !l.StartsWith("+++", StringComparison.Ordinal)));
        Assert.Equal([" 二", " 三", " 四"], b[3..6]);
        Assert.Contains("+丁", changes[1].Diff.Split('\n'));
        Assert.Contains("-丙", changes[2].Diff.Split('\n'));
    }
}
