using Leerruimte.Features.ContentPacks;

if (args is ["validate-packs", ..])
    return PackFolder.ValidateCommand(args.Length > 1 ? args[1] : "content", Console.Out);

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "hi");
app.Run();
return 0;

public partial class Program;
