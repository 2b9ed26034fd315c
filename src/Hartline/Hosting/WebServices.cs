using Hartline.Data;
using Hartline.Features.Account;
using Hartline.Hosting.Api;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hartline.Hosting;

/// <summary>Web plumbing shared by every feature: Identity, cookies, Razor Pages, ProblemDetails, OpenAPI.</summary>
public static class WebServices
{
    public static IServiceCollection AddHartlineWeb(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseReadiness>();
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        services.AddIdentity<HartlineUser, IdentityRole<Guid>>(o =>
            {
                // NIST SP 800-63B: length and a check against the passwords guessed first, no composition rules. Identity's own
                // validator is replaced by Hartline's (below); these keep it harmless if it ever runs.
                o.Password.RequiredLength = Features.Account.PasswordRules.BreachedPasswords.MinimumLength;
                o.Password.RequiredUniqueChars = 1;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                // Authenticator codes are checked by Hartline's provider: each code is taken once (TwoFactor/OneTimeCodes).
                o.Tokens.AuthenticatorTokenProvider = Features.Account.TwoFactor.OneTimeCodes.ProviderName;
            })
            .AddEntityFrameworkStores<HartlineDb>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<Features.Account.TwoFactor.OneTimeCodes>(Features.Account.TwoFactor.OneTimeCodes.ProviderName)
            .AddClaimsPrincipalFactory<HartlineClaimsFactory>();
        services.Replace(ServiceDescriptor.Scoped<IPasswordValidator<HartlineUser>, Features.Account.PasswordRules.BreachedPasswords>());

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/SignIn";
            o.LogoutPath = "/Account/SignOut";
            o.Cookie.Name = "hartline";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Idle timeout: Hartline:Session:IdleMinutes (below), renewed as the person works. The absolute limit from the
            // sign-in is SessionCheck's.
            o.SlidingExpiration = true;
            // Every request: a cookie older than the user's last sign-out, password, role change or disable is refused.
            o.Events.OnValidatePrincipal = SessionCheck.ValidateAsync;
            o.Events.OnRedirectToLogin = ctx =>
            {
                if (IsApi(ctx.Request)) ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                else ctx.Response.Redirect(ctx.RedirectUri);
                return Task.CompletedTask;
            };
            // A refusal looks exactly like a missing page: a guessed link reveals nothing.
            o.Events.OnRedirectToAccessDenied = async ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status404NotFound;
                await ctx.HttpContext.RequestServices.GetRequiredService<Security.Audit.AuditLog>()
                    .PageDeniedAsync(ctx.Request.Path.Value, ctx.Request.Method);
            };
        });

        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<SessionLimits>((o, limits) => o.ExpireTimeSpan = limits.Idle);

        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AllowAnonymousToPage("/Account/SignIn");
            o.Conventions.AllowAnonymousToPage("/Status");
        });
        // Names and place labels are written as they are (é, –), not as numeric entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // Enums travel as their names ("PossibleVictim"); numbers are refused, so an undefined value such
        // as 9 can never be stored.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(
            new System.Text.Json.Serialization.JsonStringEnumConverter(allowIntegerValues: false)));
        services.AddSignInLimit();
        // Pages send the token in a hidden field; API clients in this header (Api/ApiAntiforgery).
        services.AddAntiforgery(o => o.HeaderName = Api.ApiAntiforgery.Header);
        services.AddProblemDetails();
        services.AddExceptionHandler<DatabaseUnavailableHandler>(); // 503 and Retry-After while the database is away
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddHartlineApiContract(); // JSON conventions and the OpenAPI document: Api/ApiContract.cs
        return services;
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");
}
