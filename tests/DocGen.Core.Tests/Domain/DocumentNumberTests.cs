using DocGen.Domain;

namespace DocGen.Tests.Domain;

public sealed class DocumentNumberTests
{
    [Fact]
    public void Reads_agency_code_year_and_sequence()
    {
        Assert.True(DocumentNumber.TryParse("威政办〔2023〕1号", out var number));
        Assert.Equal(new DocumentNumber("威政办", 2023, 1), number);
        Assert.Equal("威政办〔2023〕1号", number!.ToString());
    }

    [Theory]
    [InlineData("威政办[2023]1号")]
    [InlineData("威政办【2023】1号")]
    [InlineData("威政办（2023）1号")]
    [InlineData("威政办〔23〕1号")]
    [InlineData("威政办〔2023〕01号")]
    [InlineData("威政办〔2023〕第1号")]
    [InlineData("威政办〔2023〕1")]
    public void Rejects_forms_GB_T_9704_forbids(string text) => Assert.False(DocumentNumber.TryParse(text, out _));
}
