using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Clearinghouse.Contracts;
using Spectre.Console;

namespace Clearinghouse.Cli;

/// <summary>One way to show contract values to people (a field grid, or a table for lists) and to scripts (--json).</summary>
public static class Render
{
    public static readonly JsonSerializerOptions Json = new(ContractJson.Options) { WriteIndented = true };

    public static void WriteJson<T>(CliConsole console, T value) => console.Output.WriteLine(JsonSerializer.Serialize(value, Json));

    public static void Value(IAnsiConsole ansi, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case IEnumerable items and not string:
                Table(ansi, items.Cast<object>().ToList(), null);
                return;
            default:
                var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
                foreach (var property in Properties(value.GetType()))
                {
                    var field = property.GetValue(value);
                    if (field is not null && IsScalar(field))
                    {
                        grid.AddRow(new Text(property.Name, new Style(decoration: Decoration.Bold)), new Text(Format(field)));
                    }
                }

                ansi.Write(grid);
                foreach (var property in Properties(value.GetType()).Where(p => p.GetValue(value) is { } v && !IsScalar(v)))
                {
                    ansi.WriteLine();
                    ansi.Write(new Text(property.Name, new Style(decoration: Decoration.Bold | Decoration.Underline)));
                    ansi.WriteLine();
                    Value(ansi, property.GetValue(value));
                }

                return;
        }
    }

    /// <summary>A table of <paramref name="rows"/>; <paramref name="only"/> names the columns to show, else every scalar column that has a value.</summary>
    public static void Table<T>(IAnsiConsole ansi, IEnumerable<T> rows, params string[] only) => Table(ansi, rows.Cast<object>().ToList(), only);

    private static void Table(IAnsiConsole ansi, List<object> rows, string[]? only = null)
    {
        if (rows.Count == 0)
        {
            ansi.WriteLine("(none)");
            return;
        }

        var columns = Properties(rows[0].GetType())
            .Where(p => IsScalarType(p.PropertyType) && rows.Any(r => p.GetValue(r) is not null) && (only is not { Length: > 0 } || only.Contains(p.Name)))
            .ToList();
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in columns)
        {
            table.AddColumn(column.Name);
        }

        foreach (var row in rows)
        {
            table.AddRow(columns.Select(c => new Text(c.GetValue(row) is { } v ? Format(v) : "")).ToArray<Spectre.Console.Rendering.IRenderable>());
        }

        ansi.Write(table);
    }

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract");

    private static bool IsScalar(object value) => IsScalarType(value.GetType());

    private static bool IsScalarType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(Guid) || type == typeof(DateTimeOffset) || type == typeof(decimal);
    }

    private static string Format(object value) => value switch
    {
        DateTimeOffset instant => instant.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        Enum => JsonSerializer.Serialize(value, value.GetType(), ContractJson.Options).Trim('"'),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
