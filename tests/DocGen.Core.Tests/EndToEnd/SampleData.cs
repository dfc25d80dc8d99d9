using System.Globalization;
using CsvHelper;

namespace DocGen.Tests.EndToEnd;

/// <summary>The sample CSV files read independently of DocGen's loader, as the expectation side of the tests.</summary>
public sealed record SampleData(IReadOnlyList<SampleData.TaskRow> Tasks, IReadOnlyDictionary<string, string> Names, IReadOnlyList<string> ReportingUnits)
{
    public sealed record TaskRow(string Number, string Category, string Item, string Leads, string Partners);

    public IReadOnlySet<string> FullNames => Names.Values.ToHashSet();

    public string FullName(string name) => Names[name];

    public bool Involves(TaskRow task, string unit) =>
        (task.Leads + "、" + task.Partners).Split('、', StringSplitOptions.RemoveEmptyEntries).Any(n => FullName(n) == unit);

    public static SampleData Load(string folder)
    {
        var names = new Dictionary<string, string>();
        var reporting = new List<string>();
        foreach (var row in Read(Path.Combine(folder, "units.csv")))
        {
            names[row["单位"]] = row["单位"];
            foreach (var alias in row["简称"].Split('、', StringSplitOptions.RemoveEmptyEntries))
                names[alias] = row["单位"];
            if (row.GetValueOrDefault("自查报告") != "否")
                reporting.Add(row["单位"]);
        }
        var tasks = Read(Path.Combine(folder, "tasks.csv"))
            .Select(r => new TaskRow(r["序号"], r["类别"], r["项目"], r["牵头单位"], r["责任单位"])).ToList();
        var data = new SampleData(tasks, names, []);
        return data with { ReportingUnits = reporting.Where(u => tasks.Any(t => data.Involves(t, u))).ToList() };
    }

    private static List<Dictionary<string, string>> Read(string path)
    {
        using var reader = new CsvReader(new StreamReader(path), CultureInfo.InvariantCulture);
        return reader.GetRecords<dynamic>()
            .Select(r => ((IDictionary<string, object>)r).ToDictionary(p => p.Key, p => (string)p.Value))
            .ToList();
    }
}
