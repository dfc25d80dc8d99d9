using DocGen.Docx;

namespace DocGen.Tests.Docx;

public sealed class TitleLineBreakerTests
{
    [Fact]
    public void Keeps_a_short_title_on_one_line() =>
        Assert.Equal(["关于开展自查工作的通知"], TitleLineBreaker.Break("关于开展自查工作的通知"));

    [Theory]
    [InlineData("威县人民政府办公室关于印发《威县创建国家食品安全示范城市工作实施方案》的通知")]
    [InlineData("县食品药品安全委员会办公室关于全县创建国家食品安全示范城市工作自查情况的报告")]
    [InlineData("邢台市生态环境局威县分局关于创建国家食品安全示范城市工作自查情况的报告")]
    public void Breaks_long_titles_into_lines_of_at_most_20_characters_without_losing_text(string title)
    {
        var lines = TitleLineBreaker.Break(title);
        Assert.Equal(title, string.Concat(lines));
        Assert.All(lines, l => Assert.InRange(l.Length, 1, 20));
        Assert.True(lines.Count >= 2);
    }

    [Fact]
    public void Breaks_at_a_word_boundary_rather_than_inside_a_word()
    {
        var lines = TitleLineBreaker.Break("县食品药品安全委员会办公室关于全县创建国家食品安全示范城市工作自查情况的报告");
        Assert.Equal(["县食品药品安全委员会办公室关于全县创建", "国家食品安全示范城市工作自查情况的报告"], lines);
    }

    [Theory]
    [InlineData("县市场监督管理局关于创建国家食品安全示范城市工作自查情况的报告")]
    [InlineData("县教育局关于创建国家食品安全示范城市工作自查情况的报告")]
    [InlineData("邢台市生态环境局威县分局关于创建国家食品安全示范城市工作自查情况的报告")]
    public void Keeps_a_proper_name_whole_even_if_the_lines_are_less_even(string title)
    {
        var lines = TitleLineBreaker.Break(title);
        Assert.Equal(2, lines.Count);
        Assert.Contains(lines, l => l.Contains("国家食品安全示范城市", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("的报告", StringComparison.Ordinal) && l.Length >= 5);
    }

    [Fact]
    public void Counts_the_spacing_between_Chinese_and_digits_so_a_full_line_does_not_overflow()
    {
        // Given a title of 20 characters' width (2023 is two), which the spacing around 2023 makes 20.4 wide
        const string title = "关于做好2023年食品安全示范创建工作的通知";
        Assert.Equal(20.4, TextWidth.Cells(title), 6);

        // When it is broken
        var lines = TitleLineBreaker.Break(title);

        // Then it takes two lines, each within the 20 characters a line holds, rather than one the renderer would wrap
        Assert.Equal(title, string.Concat(lines));
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.InRange(TextWidth.Cells(l), 1, 20));
    }

    [Fact]
    public void A_landscape_title_of_up_to_28_characters_stays_on_one_line() =>
        Assert.Single(TitleLineBreaker.Break("威县创建国家食品安全示范城市重点任务分工表", maxPerLine: 28));

    [Theory]
    [InlineData("关于𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷的通知")]
    [InlineData("𠮷野家𠀋𡈽𡌛𡑮𡢽𠮟𡚴𡸴𣇄𣗄𣜿𣝣𣳾𤟱𥒎𥔎𥝱𥧄𥶡𦫿𦹀𧃴𧚄𨉷𨏍𪆐𠂉𠂢𠂤𠆢𠈓𠌫𠎁𠍱𠏹𠑊")]
    public void Never_breaks_inside_a_surrogate_pair_and_counts_an_astral_character_as_one(string title)
    {
        // Given a title of 35 to 40 characters, most or all outside the Basic Multilingual Plane
        // When it is broken into lines
        var lines = TitleLineBreaker.Break(title);

        // Then it takes two lines of at most 20 characters, each starting and ending on a whole character
        Assert.Equal(title, string.Concat(lines));
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l =>
        {
            Assert.False(char.IsLowSurrogate(l[0]) || char.IsHighSurrogate(l[^1]), l);
            Assert.InRange(l.EnumerateRunes().Count(), 1, 20);
        });
    }

    [Fact]
    public void A_title_too_long_to_balance_is_cut_between_whole_characters() =>
        Assert.All(TitleLineBreaker.Break(string.Concat(Enumerable.Repeat("𠮷", 200))), l => Assert.Equal(20, l.EnumerateRunes().Count()));
}
