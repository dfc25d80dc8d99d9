using System.Globalization;
using System.Text;

namespace DocGen.Benchmarks;

/// <summary>
/// Writes a county-sized set modelled on the sample: 110 tasks in 5 categories, 40 units with aliases, 4 phases and
/// progress for every unit — giving a notice, a plan, a table, 40 unit reports and the county report.
/// </summary>
internal static class CountyGenerator
{
    private static readonly string[] Categories = ["基础工作", "能力建设", "生产经营状况", "食品安全状况", "示范引领"];
    private static readonly string[] Deadlines = ["2023年6月30日前", "2023年12月底前", "长期坚持", "2023年3月—12月", "常态化推进", "2023年11月底前"];
    private static readonly string[] Statuses = ["已完成", "推进中", "已完成", "未启动"];

    public static void Write(string folder, string sample, int county)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "manifest.yaml"), File.ReadAllText(Path.Combine(sample, "manifest.yaml"))
            .Replace("威政办〔2023〕1号", $"威政办〔2023〕{county + 1}号", StringComparison.Ordinal));
        File.Copy(Path.Combine(sample, "phases.csv"), Path.Combine(folder, "phases.csv"), overwrite: true);

        var units = Enumerable.Range(1, 40).Select(i => (Name: $"县第{Chinese(i)}工作局", Alias: $"{Chinese(i)}局")).ToList();
        Write(folder, "units.csv", "单位,简称,自查报告", units.Select(u => $"{u.Name},{u.Alias},是"));

        var tasks = new StringBuilder("序号,类别,项目,分值,工作任务,牵头单位,责任单位,完成时限,阶段\n");
        var progress = new StringBuilder("序号,单位,进展,主要做法和成效,存在问题,下一步措施\n");
        for (var n = 1; n <= 110; n++)
        {
            var lead = units[n % 40];
            var partners = new[] { units[(n + 7) % 40], units[(n + 19) % 40] };
            var category = Categories[(n - 1) * Categories.Length / 110];
            tasks.Append(CultureInfo.InvariantCulture, $"{n},{category},第{Chinese((n + 2) / 3)}项工作,{1 + n % 4},")
                .Append("落实食品安全属地管理责任，健全工作机制，对辖区食品生产经营主体开展全覆盖监督检查，建立问题清单和整改台账，逐项销号，确保各项指标达到国家食品安全示范城市评价标准。")
                .Append(CultureInfo.InvariantCulture, $",{lead.Name},{partners[0].Name}、{partners[1].Name},{Deadlines[n % Deadlines.Length]},全面创建阶段\n");
            progress.Append(CultureInfo.InvariantCulture, $"{n},{lead.Name},{Statuses[n % Statuses.Length]},")
                .Append(CultureInfo.InvariantCulture, $"完成检查{100 + n * 7}家次，整改问题{n % 30 + 3}个，群众满意度{80 + n % 15}分。,")
                .Append(n % 4 == 0 ? "部分乡镇推进较慢。,下月底前完成剩余整改。\n" : ",\n");
        }
        File.WriteAllText(Path.Combine(folder, "tasks.csv"), tasks.ToString());
        File.WriteAllText(Path.Combine(folder, "progress.csv"), progress.ToString());
    }

    private static void Write(string folder, string file, string header, IEnumerable<string> rows) =>
        File.WriteAllText(Path.Combine(folder, file), header + "\n" + string.Join("\n", rows) + "\n");

    private static string Chinese(int n)
    {
        string[] digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        return n switch
        {
            < 10 => digits[n],
            < 20 => "十" + (n % 10 == 0 ? "" : digits[n % 10]),
            _ => digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]),
        };
    }
}
