using System.Globalization;
using DocGen.Binding;
using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Tests.Support;

namespace DocGen.Tests.Domain;

public sealed class DeadlineParserTests
{
    [Theory]
    [InlineData("2023年4月", "2023-04-01", "2023-04-30")]
    [InlineData("2023年4月初", "2023-04-01", "2023-04-10")]
    [InlineData("2023年4月上旬", "2023-04-01", "2023-04-10")]
    [InlineData("2023年4月中旬", "2023-04-11", "2023-04-20")]
    [InlineData("2023年4月下旬", "2023-04-21", "2023-04-30")]
    [InlineData("2023年5月底前", "2023-05-01", "2023-05-31")]
    [InlineData("2023年11月10日前", "2023-11-10", "2023-11-10")]
    [InlineData("2023年3月—12月", "2023-03-01", "2023-12-31")]
    [InlineData("2023年3月至2024年2月", "2023-03-01", "2024-02-29")]
    [InlineData("2023年底前", "2023-01-01", "2023-12-31")]
    [InlineData("２０２３年６月３０日前", "2023-06-30", "2023-06-30")]
    [InlineData("2023年上半年", "2023-01-01", "2023-06-30")]
    [InlineData("2023年第三季度", "2023-07-01", "2023-09-30")]
    [InlineData("2023年四季度末前", "2023-10-01", "2023-12-31")]
    [InlineData("2023年4月中", "2023-04-11", "2023-04-20")]
    [InlineData("2023年6月底前完成初评，12月底前全面完成", "2023-06-01", "2023-12-31")]
    public void Reads_dated_forms_as_a_range(string text, string start, string end)
    {
        var deadline = DeadlineParser.Parse(text);
        Assert.NotNull(deadline);
        Assert.Equal(DeadlineKind.Dated, deadline.Kind);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), deadline.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), deadline.End);
    }

    [Theory]
    [InlineData("长期坚持")]
    [InlineData("持续推进")]
    [InlineData("常态化推进")]
    [InlineData("每季度")]
    [InlineData("每年")]
    [InlineData("按上级要求")]
    [InlineData("创建期内")]
    [InlineData("年底前")]
    [InlineData("尽快")]
    [InlineData("6月底前")]
    [InlineData("方案印发后开始，常态化推进")]
    public void Reads_open_ended_words(string text) => Assert.Equal(DeadlineKind.OpenEnded, DeadlineParser.Parse(text)?.Kind);

    [Fact]
    public void Reads_a_start_followed_by_routine_work_as_open_ended_from_that_date()
    {
        var deadline = DeadlineParser.Parse("2023年4月初开始，常态化推进");
        Assert.Equal(DeadlineKind.OpenEnded, deadline?.Kind);
        Assert.Equal(new DateOnly(2023, 4, 1), deadline?.Start);
    }

    [Theory]
    [InlineData("6月底前", "2023-06-01", "2023-06-30")]
    [InlineData("3月—12月", "2023-03-01", "2023-12-31")]
    [InlineData("6月30日前完成初评，12月底前全面完成", "2023-06-30", "2023-12-31")]
    [InlineData("2024年6月底前", "2024-06-01", "2024-06-30")]
    public void A_date_without_a_year_belongs_to_the_plan_s_year(string text, string start, string end)
    {
        // In a plan signed in 2023, as its readers take it; a date that names its year keeps it
        var deadline = DeadlineParser.Parse(text, planYear: 2023);
        Assert.Equal(DeadlineKind.Dated, deadline?.Kind);
        Assert.Equal((DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture)), (deadline!.Start, deadline.End));
    }

    [Fact]
    public void A_set_s_deadline_without_a_year_is_due_in_the_year_of_its_成文日期()
    {
        // Given the sample (signed 2023年1月19日) with task 2 due “6月底前”
        using var set = new SetEditor().SetCell("tasks.csv", "2,", 7, "6月底前");

        // When it is bound
        var diagnostics = new DiagnosticBag();
        var bound = new DocumentSetBinder(diagnostics).Bind(set.Folder, "set")!;

        // Then the task is due at the end of June 2023, printed as written
        var task = bound.Tasks.Single(t => t.Number.Text == "2");
        Assert.Equal(new DateOnly(2023, 6, 30), task.Deadline.End);
        Assert.Equal("6月底前", task.Deadline.Text);
    }

    [Fact]
    public void An_empty_deadline_is_unspecified_not_unreadable() => Assert.Equal(DeadlineKind.Unspecified, DeadlineParser.Parse(" ")?.Kind);

    [Fact]
    public void Reads_not_applicable() => Assert.Equal(DeadlineKind.NotApplicable, DeadlineParser.Parse("合理缺项")?.Kind);

    [Theory]
    [InlineData("2023年13月")]
    [InlineData("2023年2月30日前")]
    [InlineData("2023年12月—3月")]
    [InlineData("2023年第五季度")]
    [InlineData("2023年2月30日前完成，长期坚持")]
    [InlineData("2023年13月开始")]
    public void Rejects_what_it_cannot_read(string text) => Assert.Null(DeadlineParser.Parse(text));

    [Fact]
    public void A_dated_deadline_has_passed_only_after_its_end()
    {
        var deadline = DeadlineParser.Parse("2023年5月底前")!;
        Assert.False(deadline.HasPassed(new DateOnly(2023, 5, 31)));
        Assert.True(deadline.HasPassed(new DateOnly(2023, 6, 1)));
        Assert.False(DeadlineParser.Parse("长期坚持")!.HasPassed(new DateOnly(2030, 1, 1)));
    }
}
