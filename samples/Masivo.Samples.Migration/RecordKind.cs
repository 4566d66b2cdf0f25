namespace Masivo.Samples.Migration;

/// <summary>What a file holds.</summary>
internal enum RecordKind
{
    Contacts,
    Customers,
}
