using Coop.Domain.Service;

// The reference service (docs/service.md): `dotnet run --project samples/Coop.Domain.Service [--urls http://127.0.0.1:5080]`.
WebApplication app = ServiceApp.Build(args);
await app.RunAsync().ConfigureAwait(false);
