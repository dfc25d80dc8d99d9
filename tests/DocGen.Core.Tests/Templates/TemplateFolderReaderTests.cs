using DocGen.Diagnostics;
using DocGen.Pipeline;
using DocGen.Tests.Support;

namespace DocGen.Tests.Templates;

/// <summary>Templates and partials are read only from inside the template folder in use, whatever links point where.</summary>
public sealed class TemplateFolderReaderTests
{
    private const string Secret = "机密：不应出现在任何公文中";

    [Fact]
    public void A_partial_that_links_to_a_file_outside_the_template_folder_is_refused_and_never_printed()
    {
        // Given a copy of the default templates whose colophon partial is a symbolic link to a file outside them
        using var temp = new TempFolder();
        var templates = CopyTemplates(temp);
        File.WriteAllText(temp["secret.txt"], Secret);
        ReplaceWithLink(Path.Combine(templates, "partials", "colophon.hbs"), temp["secret.txt"]);

        // When the sample set is built with them, keeping the Markdown
        var result = Build(temp, templates);

        // Then the partial is refused at its own path, and no file written holds the outside file's text
        var error = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.TemplateOutsideFolder);
        Assert.Equal(Path.Combine("t", "partials", "colophon.hbs"), error.Location!.Path);
        Assert.Contains(temp["secret.txt"], error.Message);
        Assert.False(result.Succeeded);
        AssertNothingWrittenHolds(temp["out"], Secret);
    }

    [Fact]
    public void A_template_that_links_outside_or_a_partials_folder_that_links_outside_is_refused()
    {
        // Given templates whose plan is a link to a file outside, and whose partials folder is a link to a folder outside
        using var temp = new TempFolder();
        var templates = CopyTemplates(temp);
        File.WriteAllText(temp["secret.txt"], Secret);
        ReplaceWithLink(Path.Combine(templates, "plan.md.hbs"), temp["secret.txt"]);
        Directory.Move(Path.Combine(templates, "partials"), temp["elsewhere"]);
        File.WriteAllText(Path.Combine(temp["elsewhere"], "colophon.hbs"), Secret);
        Directory.CreateSymbolicLink(Path.Combine(templates, "partials"), temp["elsewhere"]);

        // When the sample set is built with them
        var result = Build(temp, templates);

        // Then both are refused where they are, and nothing written holds the outside text
        Assert.Equal(
            [Path.Combine("t", "partials"), Path.Combine("t", "plan.md.hbs")],
            result.Diagnostics.Where(d => d.Id == DiagnosticIds.TemplateOutsideFolder).Select(d => d.Location!.Path).Order(StringComparer.Ordinal));
        AssertNothingWrittenHolds(temp["out"], Secret);
    }

    [Fact]
    public void A_link_that_stays_inside_the_template_folder_and_a_linked_template_folder_are_allowed()
    {
        // Given a template folder reached through a link, whose colophon partial links to a file elsewhere inside it
        using var temp = new TempFolder();
        var real = CopyTemplates(temp);
        var shared = Path.Combine(real, "shared");
        Directory.CreateDirectory(shared);
        File.Move(Path.Combine(real, "partials", "colophon.hbs"), Path.Combine(shared, "colophon.hbs"));
        File.CreateSymbolicLink(Path.Combine(real, "partials", "colophon.hbs"), Path.Combine("..", "shared", "colophon.hbs"));
        var linked = temp["linked"];
        Directory.CreateSymbolicLink(linked, real);

        // When the sample set is built with the linked folder
        var result = Build(temp, linked);

        // Then it builds
        Assert.True(result.Succeeded, SampleBuild.Errors(result));
    }

    [Fact]
    public void A_partial_that_cannot_be_read_is_reported_at_its_path_instead_of_crashing()
    {
        // Given templates whose colophon partial is a link to nowhere inside the folder
        using var temp = new TempFolder();
        var templates = CopyTemplates(temp);
        ReplaceWithLink(Path.Combine(templates, "partials", "colophon.hbs"), Path.Combine(templates, "gone.hbs"));

        // When the sample set is built with them
        var result = Build(temp, templates);

        // Then the build fails with a located error that says why
        var error = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.TemplateUnreadable);
        Assert.Equal(Path.Combine("t", "partials", "colophon.hbs"), error.Location!.Path);
        Assert.EndsWith("是否有读取权限。", error.Message);
        Assert.DoesNotContain(".。", error.Message);
    }

    private static string CopyTemplates(TempFolder temp)
    {
        var templates = temp["t"];
        Repository.CopyFolder(Repository.Templates, templates);
        return templates;
    }

    private static void ReplaceWithLink(string path, string target)
    {
        File.Delete(path);
        File.CreateSymbolicLink(path, target);
    }

    private static BuildResult Build(TempFolder temp, string templates)
    {
        var set = Repository.CopySample(temp);
        var options = new BuildOptions(set, "set", templates, "t", temp["out"], "out", KeepMarkdown: true);
        return new BuildPipeline(options).Build();
    }

    private static void AssertNothingWrittenHolds(string folder, string text)
    {
        if (!Directory.Exists(folder))
            return;
        foreach (var file in Directory.GetFiles(folder))
        {
            if (file.EndsWith(".docx", StringComparison.Ordinal))
            {
                using var docx = new DocxReader(file);
                Assert.DoesNotContain(text, docx.Text);
            }
            else
            {
                Assert.DoesNotContain(text, File.ReadAllText(file));
            }
        }
    }
}
