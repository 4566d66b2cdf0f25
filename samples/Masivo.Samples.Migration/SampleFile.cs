using System.Globalization;
using System.Text;

namespace Masivo.Samples.Migration;

/// <summary>Writes a CSV of sample contacts, a few of them deliberately invalid, to show rejection.</summary>
internal static class SampleFile
{
    public static async Task WriteContactsAsync(string path, int count)
    {
        await using var writer = new StreamWriter(path, append: false, Encoding.UTF8);
        await writer.WriteLineAsync("external_id,email,first_name,last_name,dob,country,city,phone,email_verified");
        string[] cities = ["Ciudad de México", "Lima", "Bogotá", "Santiago", "Madrid"];
        for (var i = 0; i < count; i++)
        {
            // Every 10,000th row has no identity field: the tool rejects it and says why.
            var id = i % 10_000 == 9_999 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"legacy-{i:D7}");
            var email = id.Length == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"customer{i}@example.com");
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{id},{email},Nombre {i},\"Apellido, {i % 97}\",{1960 + (i % 40)}-{1 + (i % 12):D2}-{1 + (i % 28):D2},MX,{cities[i % cities.Length]},+52 55 {i:D8},{(i % 2 == 0 ? "true" : "false")}"));
        }
    }
}
