namespace Leerruimte.Features.Account;

public static class AccountSetup
{
    /// <summary>Forgot and set password (sign-in itself is Identity's, in Authorization/IdentitySetup).</summary>
    public static WebApplicationBuilder AddAccount(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PasswordLinks>();
        builder.Services.AddScoped<ResetPassword>();
        return builder;
    }
}
