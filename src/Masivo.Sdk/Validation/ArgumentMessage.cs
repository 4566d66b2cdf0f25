namespace Masivo.Sdk.Internal;

/// <summary>An <see cref="ArgumentException"/>'s message as it was written, for a message built on it that names the parameter again.</summary>
internal static class ArgumentMessage
{
    /// <summary>The message without the <c>(Parameter 'name')</c> the runtime appends to it.</summary>
    public static string WithoutParameter(ArgumentException exception)
    {
        var message = exception.Message;
        if (exception.ParamName is { } name)
        {
            var suffix = $" (Parameter '{name}')";
            if (message.EndsWith(suffix, StringComparison.Ordinal))
            {
                return message[..^suffix.Length];
            }
        }

        return message;
    }
}
