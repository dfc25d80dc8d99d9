using DocGen.Diagnostics;
using DocGen.Domain;
using DocGen.Import;
using DocGen.Tests.EndToEnd;
using DocGen.Tests.Support;

namespace DocGen.Tests.Import;

/// <summary>Importing DocGen's own output of the sample set gives back the set's facts.</summary>
public sealed class ImportRoundTripTests(SampleOutputFixture sample) : IClassFixture<SampleOutputFixture>
{
    [Fact]
    public void The_notice_gives_back_the_manifest_facts_the_tasks_and_the_phases()
    {
        // Given the sample set built with the real pipeline
        Assert.False(sample.Result.Diagnostics.Any(d => d.Severity == Severity.Error), SampleBuild.Errors(sample.Result));

        // When its 印发通知 is imported
        var (set, diagnostics) = ImportRunner.Import(sample["印发通知.docx"]);

        // Then the set binds without errors and holds the sample's facts
        Assert.NotNull(set);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        using var temp = new TempFolder();
        var (bound, bindDiagnostics) = ImportRunner.WriteAndBind(set, temp);
        Assert.False(bindDiagnostics.HasErrors, string.Join("\n", bindDiagnostics.Items));
        var expected = ImportRunner.BindSample();
        AssertSameNotice(expected.CheckedFacts, bound!.CheckedFacts);
        AssertSameTasks(expected, bound);
        AssertSamePhases(expected, bound);
    }

    [Fact]
    public void The_plan_and_its_task_table_give_back_the_tasks_the_phases_and_the_title()
    {
        var (set, diagnostics) = ImportRunner.Import(sample["实施方案.docx"], sample["任务分工表.docx"]);

        Assert.NotNull(set);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        var expected = ImportRunner.BindSample();
        Assert.Equal(expected.CheckedFacts.PlanTitle, set.Notice.PlanTitle);
        Assert.Equal(expected.CheckedFacts.TableTitle, set.Notice.TableTitle);
        // The plan carries no notice: its number is reported missing, not invented.
        Assert.Null(set.Notice.DocumentNumber);
        Assert.Contains(diagnostics.Items, d => d.Id == DiagnosticIds.ImportDocumentNumberMissing);
        using var temp = new TempFolder();
        var (bound, _) = BindWithSampleNotice(set, temp);
        AssertSameTasks(expected, bound);
        AssertSamePhases(expected, bound);
    }

    [Fact]
    public void The_plan_body_alone_gives_back_every_task_with_its_units_and_headings()
    {
        // Given the plan's body paragraphs only (its 分工表 is read by another reader)
        var diagnostics = new DiagnosticBag();
        var document = SourceReader.Read(sample["实施方案.docx"], "实施方案.docx", null, diagnostics)!;
        var first = document.Blocks.ToList().FindIndex(b => b is SourceParagraph p && HeadingParser.Parse(p.Text)?.Level == 1);
        var plan = new PlanReader(diagnostics);

        // When the body is read
        plan.Read(document.Blocks.Skip(first));

        // Then every task closed by （牵头单位：…；责任单位：…） comes back with its 类别, 项目 and full unit names
        var expected = ImportRunner.BindSample();
        Assert.Equal(expected.Tasks.Count, plan.BodyTasks.Count);
        foreach (var (want, got) in expected.Tasks.Zip(plan.BodyTasks))
        {
            Assert.Equal((want.Category, want.Item, want.Text), (got.Category, got.Item, got.Text));
            Assert.Equal(want.Leads.Select(u => u.DisplayName), got.Leads);
            Assert.Equal(want.Partners.Select(u => u.DisplayName), got.Partners);
        }
        Assert.Empty(diagnostics.Items);
    }

    /// <summary>The plan alone names no issuer: the notice's keys are taken from the sample so the set binds.</summary>
    private static (DocumentSet Bound, DiagnosticBag Diagnostics) BindWithSampleNotice(ImportedSet set, TempFolder temp)
    {
        var facts = ImportRunner.BindSample().CheckedFacts;
        var withNotice = set with
        {
            Notice = set.Notice with
            {
                Issuer = facts.Issuer,
                IssuerMark = facts.IssuerMark,
                DocumentNumber = facts.DocumentNumber.ToString(),
                SignDate = ChineseDate.Format(facts.SignDate),
                Recipients = string.Join("，", facts.Recipients),
            },
        };
        var (bound, diagnostics) = ImportRunner.WriteAndBind(withNotice, temp);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return (bound!, diagnostics);
    }

    private static void AssertSameNotice(DocumentFacts expected, DocumentFacts actual)
    {
        Assert.Equal(expected.DocumentNumber, actual.DocumentNumber);
        Assert.Equal(expected.SignDate, actual.SignDate);
        Assert.Equal(expected.Issuer, actual.Issuer);
        Assert.Equal(expected.IssuerMark, actual.IssuerMark);
        Assert.Equal(expected.PlanTitle, actual.PlanTitle);
        Assert.Equal(expected.TableTitle, actual.TableTitle);
        Assert.Equal(expected.Recipients, actual.Recipients);
        Assert.Equal(expected.Jurisdiction, actual.Jurisdiction);
        Assert.Equal(expected.Campaign, actual.Campaign);
    }

    /// <summary>Every task's 序号, 类别, 项目, 分值, 工作任务, 牵头单位, 责任单位 and 完成时限; units by their full names, as the documents print them.</summary>
    private static void AssertSameTasks(DocumentSet expected, DocumentSet actual)
    {
        Assert.Equal(expected.Tasks.Count, actual.Tasks.Count);
        foreach (var (want, got) in expected.Tasks.Zip(actual.Tasks))
        {
            Assert.Equal((want.Number, want.Category, want.Item, want.Score, want.Text), (got.Number, got.Category, got.Item, got.Score, got.Text));
            Assert.Equal(want.Leads.Select(u => u.DisplayName), got.Leads.Select(u => u.DisplayName));
            Assert.Equal(want.Partners.Select(u => u.DisplayName), got.Partners.Select(u => u.DisplayName));
            Assert.Equal(want.Deadline.Text, got.Deadline.Text);
        }
    }

    private static void AssertSamePhases(DocumentSet expected, DocumentSet actual) =>
        Assert.Equal(
            expected.Phases.Select(p => (p.Name, p.Start, p.End, p.Content)),
            actual.Phases.Select(p => (p.Name, p.Start, p.End, p.Content)));
}
