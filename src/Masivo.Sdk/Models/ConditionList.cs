using System.Globalization;

namespace Masivo.Sdk.Internal;

/// <summary>Checks a <c>Condition[][]</c> a request sends: no null group and no null condition, each named by its path.</summary>
internal static class ConditionList
{
    public static void Validate(IList<IList<Condition>>? groups, string field, string paramName)
    {
        if (groups is null)
        {
            return;
        }

        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i] ?? throw new ArgumentException(Path(field, i, null) + " is null: each OR group is a list of conditions.", paramName);
            for (var j = 0; j < group.Count; j++)
            {
                if (group[j] is null)
                {
                    throw new ArgumentException(Path(field, i, j) + " is null.", paramName);
                }
            }
        }
    }

    private static string Path(string field, int group, int? condition) =>
        condition is { } j
            ? string.Create(CultureInfo.InvariantCulture, $"{field}[{group}][{j}]")
            : string.Create(CultureInfo.InvariantCulture, $"{field}[{group}]");
}
