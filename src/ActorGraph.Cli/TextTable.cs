using System.Globalization;
using System.Text;
using ActorGraph.Core.Text;
using Spectre.Console;

namespace ActorGraph.Cli;

/// <summary>A table for human output: a Spectre.Console table on a terminal, plain aligned columns otherwise.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void WriteTo(Terminal terminal)
    {
        if (terminal.Console is not { } console)
        {
            WriteTo(terminal.Output);
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).BorderStyle(new Style(Color.Grey));
        foreach (var header in headers)
        {
            // Text, not markup: names like "[x]" or "<img ...>" are shown as they are.
            table.AddColumn(new TableColumn(new Text(header, new Style(terminal.NoColor ? null : Color.Aqua, decoration: Decoration.Bold))));
        }

        foreach (var row in _rows)
        {
            table.AddRow(row.Select(cell => (Spectre.Console.Rendering.IRenderable)new Text(cell)).ToArray());
        }

        console.Write(table);
    }

    public TextTable Add(params object?[] cells)
    {
        _rows.Add([.. cells.Select(Format)]);
        return this;
    }

    public void WriteTo(TextWriter writer)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        writer.WriteLine(Line(headers, widths));
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
        {
            writer.WriteLine(Line(row, widths));
        }
    }

    private static string Line(string[] cells, int[] widths)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            builder.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i] + 2));
        }

        return builder.ToString().TrimEnd();
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        DateOnly date => IsoDate.Format(date),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
