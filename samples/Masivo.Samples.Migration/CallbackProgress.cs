namespace Masivo.Samples.Migration;

/// <summary>Reports progress on the reporting thread, at once (<see cref="Progress{T}"/> would post it to the thread pool).</summary>
internal sealed class CallbackProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
