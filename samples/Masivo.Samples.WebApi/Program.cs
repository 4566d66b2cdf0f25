// Masivo web API sample: two brands, each a keyed Masivo client configured from appsettings.json
// ("Masivo:Accounts:<brand>"), secrets from user-secrets or the environment
// (Masivo__Accounts__mexico__ApiKey). A brand without credentials runs against an embedded fake.
using Masivo.Samples.WebApi;

await using var app = WebApiApp.Build(args);
await app.RunAsync();
