using Markdig;
using Markdig.Syntax;

namespace DocGen.Markdown;

/// <summary>
/// The one Markdig pipeline of a build: pipe tables, <c>::: role</c> containers and <c>{.class}</c> attributes;
/// raw HTML off, so <c>&lt;w:p&gt;</c> in a document stays text.
/// </summary>
public sealed class MarkdownParser
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseCustomContainers()
        .UseGenericAttributes()
        .DisableHtml()
        .Build();

    public MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, _pipeline);
}
