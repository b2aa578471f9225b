global using System.Net;
global using Leerruimte.IntegrationTests.Infrastructure;
