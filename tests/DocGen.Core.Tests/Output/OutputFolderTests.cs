using System.Text.Json.Nodes;
using DocGen.Diagnostics;
using DocGen.Output;
using DocGen.Pipeline;
using DocGen.Tests.Support;

namespace DocGen.Tests.Output;

/// <summary>The output folder's ledger, lock and clean-up: nothing outside --out is touched, nothing foreign is lost.</summary>
public sealed class OutputFolderTests
{
    [Fact]
    public void Prune_never_follows_a_ledger_entry_outside_the_output_folder()
    {
        // Given a built folder whose ledger also lists two files outside it, with their true hashes, as stale outputs
        using var temp = new TempFolder();
        Assert.True(SampleBuild.Build(Repository.SampleSet, temp["out"]).Succeeded);
        File.WriteAllText(temp["victim.docx"], "someone's file");
        var absolute = temp["elsewhere.docx"];
        File.WriteAllText(absolute, "another file");
        EditLedger(temp["out"], ledger =>
        {
            ledger["../victim.docx"] = Entry(temp["victim.docx"]);
            ledger[absolute] = Entry(absolute);
        });

        // When the folder is built again with --prune
        var result = new BuildPipeline(Options(Repository.SampleSet, temp["out"])).Build(prune: true);

        // Then both files outside are untouched, and each entry is ignored with a warning at the ledger
        Assert.Equal("someone's file", File.ReadAllText(temp["victim.docx"]));
        Assert.Equal("another file", File.ReadAllText(absolute));
        Assert.Empty(result.Removed);
        var warnings = result.Diagnostics.Where(d => d.Id == DiagnosticIds.LedgerEntryIgnored).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(Path.Combine("out", BuildLedger.FileName), w.Location!.Path));
        Assert.DoesNotContain("../victim.docx", File.ReadAllText(Path.Combine(temp["out"], BuildLedger.FileName)));
    }

    [Fact]
    public void A_null_entry_in_the_ledger_is_a_warning_not_a_crash()
    {
        // Given a built folder whose ledger has a null entry for one document
        using var temp = new TempFolder();
        SampleBuild.Build(Repository.SampleSet, temp["out"]);
        EditLedger(temp["out"], ledger => ledger["实施方案.docx"] = null);

        // When it is built again
        var result = SampleBuild.Build(Repository.SampleSet, temp["out"]);

        // Then the entry is ignored with DG5008, and the document it named counts as not DocGen's (DG5004)
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.LedgerEntryIgnored && d.Message.Contains("实施方案.docx", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.OutputNotOurs && d.Location!.Path.EndsWith("实施方案.docx", StringComparison.Ordinal));
    }

    [Fact]
    public void Temporary_files_of_DocGen_naming_left_by_an_interrupted_build_are_removed_and_others_kept()
    {
        // Given an output folder with what a killed build leaves (".实施方案.docx.<8>.<3>.tmp") and a user's own .tmp files
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["out"]);
        var leftovers = new[] { ".实施方案.docx.ab12cd34.x9z.tmp", ".docgen-build.json.qwertyui.op1.tmp" };
        var users = new[] { "草稿.tmp", ".草稿.tmp", ".实施方案.docx.tmp" };
        foreach (var name in leftovers.Concat(users))
            File.WriteAllText(Path.Combine(temp["out"], name), name);

        // When the set is built into it
        Assert.True(SampleBuild.Build(Repository.SampleSet, temp["out"]).Succeeded);

        // Then DocGen's leftovers are gone and the user's files are byte-identical
        Assert.All(leftovers, name => Assert.False(File.Exists(Path.Combine(temp["out"], name)), name));
        Assert.All(users, name => Assert.Equal(name, File.ReadAllText(Path.Combine(temp["out"], name))));
    }

    [Fact]
    public void A_build_that_cannot_get_the_folder_lock_in_time_says_the_folder_is_in_use_and_writes_nothing()
    {
        // Given an output folder whose lock another build holds
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["out"]);
        using var held = new FileStream(Path.Combine(temp["out"], ".docgen-build.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        // When a build with a short wait runs into it
        var result = new BuildPipeline(Options(Repository.SampleSet, temp["out"]) with { LockWait = TimeSpan.FromMilliseconds(300) }).Build();

        // Then it reports DG5010 once at the folder and writes no document
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticIds.OutputFolderInUse, "out"), (error.Id, error.Location!.Path));
        Assert.Empty(Directory.GetFiles(temp["out"], "*.docx"));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_created_is_reported_once()
    {
        // Given --out naming an existing file
        using var temp = new TempFolder();
        File.WriteAllText(temp["out"], "a file");

        // When the set is built with --keep-md
        var result = new BuildPipeline(Options(Repository.SampleSet, temp["out"]) with { KeepMarkdown = true }).Build();

        // Then DG5002 is printed once, as a sentence of its own
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.OutputFolderInvalid, error.Id);
        Assert.EndsWith("。", error.Message);
        Assert.DoesNotContain(".。", error.Message);
        Assert.Equal("a file", File.ReadAllText(temp["out"]));
    }

    [SkippableFact]
    public void Prune_on_a_file_it_cannot_delete_is_a_located_error()
    {
        // Given a stale report that the system refuses to delete
        using var temp = new TempFolder();
        SampleBuild.Build(Repository.SampleSet, temp["out"]);
        var stale = Path.Combine(temp["out"], "自查报告-县人民法院.docx");
        using var set = new SetEditor().Replace("units.csv", "县人民法院,县法院、法院,是", "县人民法院,县法院、法院,否");
        using var undeletable = Undeletable.Make(temp["out"], stale);
        Skip.If(undeletable is null, "neither chattr +i (as root) nor a read-only folder can stop a delete here");

        // When the set is built with --prune
        var result = new BuildPipeline(Options(set.Folder, temp["out"])).Build(prune: true);

        // Then DG5009 names the file, and it is still there
        var error = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.OutputDeleteFailed);
        Assert.Equal(Path.Combine("out", "自查报告-县人民法院.docx"), error.Location!.Path);
        Assert.True(File.Exists(stale));
    }

    private static BuildOptions Options(string set, string output) => new(set, "set", Repository.Templates, "templates", output, "out");

    private static JsonObject Entry(string path) => new()
    {
        ["Input"] = "x",
        ["Output"] = ContentHash.OfFile(path),
        ["Templates"] = "x",
        ["Version"] = "x",
    };

    private static void EditLedger(string folder, Action<JsonObject> edit)
    {
        var path = Path.Combine(folder, BuildLedger.FileName);
        var ledger = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(ledger);
        File.WriteAllText(path, ledger.ToJsonString());
    }
}
