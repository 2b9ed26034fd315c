using Hartline.Data;
using Hartline.Features.Account;
using Hartline.Hosting.Api;
using Microsoft.AspNetCore.Identity;

namespace Hartline.Hosting;

/// <summary>Web plumbing shared by every feature: Identity, cookies, Razor Pages, ProblemDetails, OpenAPI.</summary>
public static class WebServices
{
    public static IServiceCollection AddHartlineWeb(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseReadiness>();
        services.AddIdentity<HartlineUser, IdentityRole<Guid>>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 4;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<HartlineDb>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<HartlineClaimsFactory>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/SignIn";
            o.LogoutPath = "/Account/SignOut";
            o.Cookie.Name = "hartline";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
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
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddHartlineApiContract(); // JSON conventions and the OpenAPI document: Api/ApiContract.cs
        return services;
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");
}
