using Leerruimte.Data;
using Leerruimte.Features.People;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Leerruimte.Authorization;

public static class IdentitySetup
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static WebApplicationBuilder AddIdentityAndAuthorization(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCascadingAuthenticationState();
        services.AddScoped<CurrentUser>();
        services.AddScoped<CommandScopes>();
        services.AddScoped<CircuitHandler, CurrentUserCircuitHandler>();
        var revalidation = new SignInRevalidation(builder.Configuration.GetValue("Identity:RevalidationInterval", SignInRevalidation.Default));
        services.AddSingleton(revalidation);
        services.AddSingleton<SignInCheck>();
        services.AddScoped<SignInSessions>();
        services.AddScoped<AuthenticationStateProvider, RevalidatingSignIn>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/inloggen";
            cookie.LogoutPath = "/account/uitloggen";
            cookie.AccessDeniedPath = "/geen-toegang";
            cookie.Cookie.Name = "leerruimte";
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
            cookie.SlidingExpiration = true;
            // Each sign-in is one device's session, named in its cookie; signing out ends that one (ADR 0011).
            cookie.Events.OnSigningIn = context =>
                context.HttpContext.RequestServices.GetRequiredService<SignInSessions>().StartAsync(context.Principal!, context.HttpContext.RequestAborted);
            cookie.Events.OnValidatePrincipal = ValidateAsync;
        });
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = revalidation.Interval;
            o.OnRefreshingPrincipal = SignInSessions.KeepSession;
        });
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(3));

        services.AddIdentityCore<Person>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<LeerruimteDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PersonClaimsFactory>()
            .AddErrorDescriber<DutchIdentityErrorDescriber>();

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.FacilitatorContent, p => p.RequireRole(Roles.Admin, Roles.Facilitator, Roles.Trainer));
        return builder;
    }

    // Once per interval: the same check as open screens (session, block, stamp), then Identity's validator rebuilds
    // the cookie from the database, which looks the person up and so needs their organisation open first.
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (!StampCheckDue(context) || context.Principal is not { } principal) return;
        var services = context.HttpContext.RequestServices;
        if (!await services.GetRequiredService<SignInCheck>().StillValidAsync(principal, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        services.GetRequiredService<CurrentUser>().Set(principal);
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    // Identity's validator makes the same check, but only after the whole sign-in manager (user manager, stores,
    // a database context) has been built for it: on every request, for a check that is due once a minute.
    private static bool StampCheckDue(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        return context.Properties.IssuedUtc is not { } issued || now - issued > options.ValidationInterval;
    }

    /// <summary>Reads the signed-in person for every request, after authentication.</summary>
    public static IApplicationBuilder UseCurrentUser(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.RequestServices.GetRequiredService<CurrentUser>().Set(context.User);
            return next(context);
        });
}

/// <summary>Gives interactive components the same <see cref="CurrentUser"/> (and tenant) as pages.</summary>
internal sealed class CurrentUserCircuitHandler(AuthenticationStateProvider authentication, CurrentUser currentUser) : CircuitHandler
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        currentUser.Set(state.User);
    }
}
