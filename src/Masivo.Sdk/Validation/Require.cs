namespace Masivo.Sdk.Internal;

/// <summary>
/// Argument checks that name the JSON field (and the C# property) at fault, so a caller sees
/// exactly what to fix before anything is sent.
/// </summary>
internal static class Require
{
    public static void Present(string? value, string field, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{field} is required.", paramName);
        }
    }

    /// <summary>Refuses a value that is set but blank: a field left out is sent as nothing, one set empty would erase what Masivo stores.</summary>
    public static void NotBlank(string? value, string field, string paramName)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{field} is blank; leave it null to keep the stored value.", paramName);
        }
    }

    public static void Present<T>(T? value, string field, string paramName)
        where T : struct
    {
        if (value is null)
        {
            throw new ArgumentException($"{field} is required.", paramName);
        }
    }

    public static void MaxLength(string? value, int maxLength, string field, string paramName)
    {
        if (value is not null && value.Length > maxLength)
        {
            throw new ArgumentException($"{field} is {value.Length} characters long; Masivo accepts at most {maxLength}.", paramName);
        }
    }

    public static void Together(string? first, string firstField, string? second, string secondField, string paramName)
    {
        if (string.IsNullOrEmpty(first) != string.IsNullOrEmpty(second))
        {
            var (present, missing) = string.IsNullOrEmpty(first) ? (secondField, firstField) : (firstField, secondField);
            throw new ArgumentException($"{present} is set but {missing} is not: Masivo requires {firstField} and {secondField} together.", paramName);
        }
    }
}
