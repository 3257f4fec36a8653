namespace Clearinghouse.Standards.Tests.Inspect;

/// <summary>The real Inspect logs in ../shared/data/inspect (see its SOURCES.md): every .eval and every log .json.</summary>
internal static class RealInspectLogs
{
    public static string Folder => TestData.Path("inspect");

    public static string Path(string name) =>
        Directory.EnumerateFiles(Folder, name, SearchOption.AllDirectories).Single();

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".eval", StringComparison.Ordinal) || (f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith("inspect-openapi.json", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal))
        {
            data.Add(System.IO.Path.GetRelativePath(Folder, file));
        }

        return data;
    }
}
