namespace Leerruimte.Authorization;

/// <summary>
/// Interactive components live for a whole circuit; a database context must not. Each command runs in a
/// fresh scope (its own DbContext) that carries the circuit's signed-in person and organisation.
/// </summary>
public sealed class CommandScopes(IServiceScopeFactory scopes, CurrentUser user)
{
    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(user.Principal);
        return await work(scope.ServiceProvider);
    }

    public Task RunAsync(Func<IServiceProvider, Task> work) => RunAsync(async sp => { await work(sp); return true; });
}
