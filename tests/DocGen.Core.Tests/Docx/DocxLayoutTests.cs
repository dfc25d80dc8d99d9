using DocGen.Tests.EndToEnd;
using DocGen.Tests.Support;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocGen.Tests.Docx;

/// <summary>XML-level checks of gbt9704.md §12 on the sample notice.</summary>
public sealed class DocxLayoutTests(SampleOutputFixture sample) : IClassFixture<SampleOutputFixture>
{
    [Fact]
    public void Portrait_and_landscape_sections_have_the_standard_page_and_margins()
    {
        using var docx = new DocxReader(sample["印发通知.docx"]);
        var sections = docx.Body.Descendants<SectionProperties>().ToList();
        Assert.Equal(3, sections.Count); // notice + plan | landscape table | 版记 page
        foreach (var section in sections)
        {
            var size = section.GetFirstChild<PageSize>()!;
            var margin = section.GetFirstChild<PageMargin>()!;
            var landscape = size.Orient?.Value == PageOrientationValues.Landscape;
            Assert.Equal(landscape ? (16838u, 11906u) : (11906u, 16838u), (size.Width!.Value, size.Height!.Value));
            // 28 mm is 1587 or 1588 twips (§12 item 1); the rotated section puts it at the top.
            var (top, left) = (margin.Top!.Value, (int)margin.Left!.Value);
            Assert.Equal(landscape ? (2098u, 1474, 1984) : (1474u, 1984, 2098), (margin.Right!.Value, margin.Bottom!.Value, landscape ? (int)margin.Left!.Value : top));
            Assert.InRange(landscape ? top : left, 1587, 1588);
            // 7.5: the number 7 mm below the type area; the landscape page has only 26 mm of bottom margin (§8.3).
            Assert.Equal(landscape ? 907u : 1417u, margin.Footer!.Value);
            var grid = section.GetFirstChild<DocGrid>()!;
            Assert.Equal((DocGridValues.Lines, 579), (grid.Type!.Value, grid.LinePitch!.Value));
            Assert.Equal(2, section.Elements<FooterReference>().Count());
        }
        Assert.NotNull(docx.Package.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());
    }

    [Fact]
    public void Body_text_uses_exact_579_twip_lines_tightened_3hao_runs_and_no_bold()
    {
        using var docx = new DocxReader(sample["印发通知.docx"]);
        var styles = docx.Package.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var body = styles.Elements<Style>().Single(s => s.StyleId == "GwBody");
        var spacing = body.StyleParagraphProperties!.SpacingBetweenLines!;
        Assert.Equal(("579", LineSpacingRuleValues.Exact, "0", "0"), (spacing.Line!.Value, spacing.LineRule!.Value, spacing.Before!.Value, spacing.After!.Value));
        Assert.Equal("630", body.StyleParagraphProperties.Indentation!.FirstLine!.Value);
        var run = body.StyleRunProperties!;
        Assert.Equal(("32", -5), (run.FontSize!.Val!.Value, run.Spacing!.Val!.Value));
        Assert.Equal(("仿宋_GB2312", FontTypeHintValues.EastAsia), (run.RunFonts!.EastAsia!.Value, run.RunFonts.Hint!.Value));
        Assert.Equal("zh-CN", run.Languages!.EastAsia!.Value);
        Assert.Empty(docx.Package.MainDocumentPart.Document!.Descendants<Bold>());
        Assert.Empty(styles.Descendants<Bold>());
        Assert.False(styles.DocDefaults!.Descendants<WidowControl>().Single().Val!.Value);

        var title = styles.Elements<Style>().Single(s => s.StyleId == "GwTitle");
        Assert.Equal(("44", "方正小标宋简体"), (title.StyleRunProperties!.FontSize!.Val!.Value, title.StyleRunProperties.RunFonts!.EastAsia!.Value));
    }

    [Fact]
    public void Red_line_spans_the_type_area_and_page_numbers_sit_on_the_outer_side()
    {
        using var docx = new DocxReader(sample["印发通知.docx"]);
        var redLine = Assert.Single(docx.ParagraphsWithStyle("GwRedLine"));
        var border = redLine.ParagraphProperties!.ParagraphBorders!.BottomBorder!;
        Assert.Equal("FF0000", border.Color!.Value);
        Assert.Null(redLine.ParagraphProperties.Indentation);

        // Portrait odd and even, the same two for the landscape 任务分工表 inside text boxes (§8.3), and for the 版记 page.
        var footers = docx.Package.MainDocumentPart!.FooterParts.Select(f => f.Footer!).ToList();
        Assert.Equal(6, footers.Count);
        Assert.All(footers, f => Assert.Equal("— PAGE 1 —", f.Descendants<Paragraph>().Last().InnerText.Replace("  ", " ", StringComparison.Ordinal)));
        Assert.Equal(["GwFooter", "GwFooter", "GwFooter", "GwFooterEven", "GwFooterEven", "GwFooterEven"],
            footers.Select(f => f.Descendants<Paragraph>().Last().ParagraphProperties!.ParagraphStyleId!.Val!.Value!).Order(StringComparer.Ordinal));
        var boxed = footers.Where(f => f.Descendants<TextBoxContent>().Any()).ToList();
        Assert.Equal(2, boxed.Count);
        Assert.All(boxed, f =>
        {
            var anchor = f.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Anchor>().Single();
            Assert.Equal(DocumentFormat.OpenXml.Drawing.Wordprocessing.HorizontalRelativePositionValues.Page, anchor.HorizontalPosition!.RelativeFrom!.Value);
            Assert.Equal(DocumentFormat.OpenXml.Drawing.TextVerticalValues.Vertical,
                f.Descendants<DocumentFormat.OpenXml.Office2010.Word.DrawingShape.TextBodyProperties>().Single().Vertical!.Value);
        });
    }

    [Fact]
    public void Colophon_is_a_bottom_anchored_table_with_thick_outer_and_thin_inner_lines()
    {
        using var docx = new DocxReader(sample["印发通知.docx"]);
        var colophon = docx.Tables[^1];
        var position = colophon.GetFirstChild<TableProperties>()!.GetFirstChild<TablePositionProperties>()!;
        Assert.Equal(VerticalAlignmentValues.Bottom, position.TablePositionYAlignment!.Value);
        var borders = colophon.GetFirstChild<TableProperties>()!.GetFirstChild<TableBorders>()!;
        Assert.Equal((8u, 8u, 6u), (borders.TopBorder!.Size!.Value, borders.BottomBorder!.Size!.Value, borders.InsideHorizontalBorder!.Size!.Value));
        Assert.EndsWith("。", colophon.Elements<TableRow>().First().InnerText);
        // 7.5: after the landscape attachment the 版记 has a page of its own, which starts on an even page.
        var evenStarts = docx.Body.Descendants<SectionProperties>().Where(s => s.GetFirstChild<SectionType>()?.Val?.Value == SectionMarkValues.EvenPage).ToList();
        Assert.Same(docx.Body.LastChild, Assert.Single(evenStarts));
        Assert.Equal(["rId8", "rId9"], evenStarts[0].Elements<FooterReference>().Select(f => f.Id!.Value!));
    }

    [Fact]
    public void Task_table_prints_categories_as_group_rows_and_merges_repeated_items_vertically()
    {
        using var docx = new DocxReader(sample["任务分工表.docx"]);
        var tables = docx.Tables;
        // A table per 类别: the column headings and the 类别's group row head it, both repeated on every page
        Assert.Equal(6, tables.Count);
        foreach (var table in tables)
        {
            var heading = table.Elements<TableRow>().Take(2).ToList();
            Assert.All(heading, r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<TableHeader>()));
            Assert.Equal("序号", DocxReader.RowTexts(heading[0])[0]);
            var group = Assert.Single(heading[1].Elements<TableCell>());
            Assert.Equal(7, group.TableCellProperties?.GridSpan?.Val?.Value);
        }
        Assert.Equal("一、基础工作", tables[0].Elements<TableRow>().ElementAt(1).InnerText);
        // The tables stay apart, and all have the same columns
        Assert.All(tables.Skip(1), t => Assert.IsType<Paragraph>(t.PreviousSibling()));
        Assert.Single(tables.Select(t => string.Join(",", t.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => c.Width!.Value))).Distinct());
        var rows = docx.TaskTableRows().Skip(1).ToList();
        var items = rows.Select(r => r.Elements<TableCell>().ElementAt(1)).ToList();
        Assert.Contains(items, c => c.TableCellProperties?.VerticalMerge?.Val?.Value == MergedCellValues.Restart);
        Assert.All(items.Where(c => c.TableCellProperties?.VerticalMerge is { Val: null }), c => Assert.Equal("", c.InnerText));
        // 序号 never merges: every task keeps its own row; every cell is centred vertically
        Assert.All(rows, r => Assert.Null(r.Elements<TableCell>().First().TableCellProperties!.VerticalMerge));
        Assert.All(rows.SelectMany(r => r.Elements<TableCell>()), c => Assert.Equal(TableVerticalAlignmentValues.Center, c.TableCellProperties!.TableCellVerticalAlignment!.Val!.Value));
    }

    [Fact]
    public void Signature_keeps_the_last_body_paragraph_and_the_blank_seal_lines_with_it()
    {
        using var docx = new DocxReader(sample["自查报告-县市场监督管理局.docx"]);
        var paragraphs = docx.Body.Elements<Paragraph>().ToList();
        var signer = paragraphs.First(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "GwSignature");
        var index = paragraphs.IndexOf(signer);
        Assert.Equal("特此报告。", paragraphs[index - 3].InnerText);
        Assert.All(paragraphs.Skip(index - 3).Take(4), p => Assert.NotNull(p.ParagraphProperties!.KeepNext));
    }

    [Fact]
    public void Title_follows_the_red_line_after_two_blank_lines_and_precedes_the_recipient_by_one()
    {
        // §12 item 6: 7.3.1 two blank lines below the red line, 7.3.2 one blank line above 主送.
        using var docx = new DocxReader(sample["印发通知.docx"]);
        var styles = docx.Body.Elements<Paragraph>().Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: p.InnerText)).ToList();
        var redLine = styles.FindIndex(p => p.Style == "GwRedLine");
        Assert.Equal([("GwBody", ""), ("GwBody", ""), ("GwTitle", "威县人民政府办公室关于印发《威县创建国家食品安全示范城市工作实施方案》的通知"), ("GwBody", "")],
            styles.Skip(redLine + 1).Take(4));
        Assert.Equal("GwRecipient", styles[redLine + 5].Style);
    }

    [Theory]
    [InlineData("GwHeading1", "黑体")]
    [InlineData("GwHeading2", "楷体_GB2312")]
    [InlineData("GwHeading3", "仿宋_GB2312")]
    [InlineData("GwHeading4", "仿宋_GB2312")]
    public void Heading_levels_use_the_typefaces_of_7_3_3_with_the_body_indent(string styleId, string font)
    {
        // §12 item 7: 一、 黑体, （一） 楷体, 1. and （1） 仿宋, all indented two characters like the body.
        using var docx = new DocxReader(sample["实施方案.docx"]);
        var style = docx.Package.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == styleId);
        Assert.Equal(font, style.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("630", style.StyleParagraphProperties!.Indentation!.FirstLine!.Value);
    }

    [Fact]
    public void Attachment_page_label_blank_line_and_title_match_the_attachment_note()
    {
        // §12 item 12: label (黑体, no indent) on a new page, an empty line, then the title named in 附件说明.
        using var docx = new DocxReader(sample["实施方案.docx"]);
        var paragraphs = docx.Body.Elements<Paragraph>().ToList();
        var note = Assert.Single(docx.ParagraphsWithStyle("GwAttachmentList"));
        var label = Assert.Single(docx.ParagraphsWithStyle("GwAttachmentLabel"));
        var at = paragraphs.IndexOf(label);
        Assert.Equal("附件", label.InnerText);
        Assert.Equal("", paragraphs[at + 1].InnerText);
        Assert.Equal("GwTitle", paragraphs[at + 2].ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal("附件：" + paragraphs[at + 2].InnerText, note.InnerText);
        // The landscape attachment starts a new section, which starts a new page (§8.3).
        Assert.NotNull(paragraphs[at - 1].ParagraphProperties!.SectionProperties);
    }
}
