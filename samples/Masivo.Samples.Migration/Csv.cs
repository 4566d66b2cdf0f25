using System.Text;

namespace Masivo.Samples.Migration;

/// <summary>Reads RFC 4180 CSV (quoted fields, doubled quotes, commas and line breaks inside quotes) row by row.</summary>
internal static class Csv
{
    public static async IAsyncEnumerable<IReadOnlyList<string>> ReadAsync(TextReader reader)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        var buffer = new char[8192];
        int read;
        char? pending = null;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var c = buffer[i];
                if (pending == '"')
                {
                    pending = null;
                    if (c == '"')
                    {
                        field.Append('"');
                        continue;
                    }

                    quoted = false;
                }

                if (quoted)
                {
                    if (c == '"')
                    {
                        pending = '"';
                    }
                    else
                    {
                        field.Append(c);
                    }

                    continue;
                }

                switch (c)
                {
                    case '"' when field.Length == 0:
                        quoted = true;
                        any = true;
                        break;
                    case ',':
                        row.Add(field.ToString());
                        field.Clear();
                        any = true;
                        break;
                    case '\r':
                        break;
                    case '\n':
                        if (any || field.Length > 0)
                        {
                            row.Add(field.ToString());
                            yield return row;
                        }

                        row = [];
                        field.Clear();
                        any = false;
                        break;
                    default:
                        field.Append(c);
                        any = true;
                        break;
                }
            }
        }

        if (any || field.Length > 0)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }

    public static string Escape(string? value) =>
        value is null ? string.Empty
        : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;
}
