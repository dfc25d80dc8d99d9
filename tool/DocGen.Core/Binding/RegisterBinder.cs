using DocGen.Domain;
using DocGen.Loading;

namespace DocGen.Binding;

/// <summary>register.csv (optional): the 发文字号 the office has already issued, with their titles.</summary>
internal static class RegisterBinder
{
    public static readonly string[] Columns = ["发文字号", "标题"];

    public static IReadOnlyList<RegisteredNumber> Bind(InputTable table) => table.Rows
        .Where(r => !r["发文字号"].IsEmpty)
        .Select(r => new RegisteredNumber(r["发文字号"].Value, r["标题"].Value, r["发文字号"].Location))
        .ToList();
}
