using Hartline.Features;

namespace Hartline.Hosting;

public static class Pipeline
{
    /// <summary>Middleware order matters: errors first, then static files, auth, and the features' routes.</summary>
    public static WebApplication UseHartline(this WebApplication app)
    {
        // Behind a proxy that ends TLS (Hartline:Proxy:Trusted), its X-Forwarded-Proto says the request was HTTPS: cookies
        // are then marked Secure and HSTS is sent. Only when configured, as anyone could send the header otherwise.
        if (app.Configuration.GetValue("Hartline:Proxy:Trusted", false))
        {
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor
                | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto };
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            app.UseForwardedHeaders(forwarded);
        }
        app.UseExceptionHandler();
        // HTTPS only (a browser ignores it over HTTP): a year, subdomains too; localhost is left out by the framework.
        app.UseHsts();
        app.UseWhen(ctx => WebServices.IsApi(ctx.Request), api => api.UseStatusCodePages());
        app.UseWhen(ctx => !WebServices.IsApi(ctx.Request), web => web.UseStatusCodePagesWithReExecute("/Status", "?code={0}"));
        app.Use(async (ctx, next) =>
        {
            // Pages carry children's details: never cache them, never frame them, never leak the URL.
            var h = ctx.Response.Headers;
            h["X-Content-Type-Options"] = "nosniff";
            h["Referrer-Policy"] = "no-referrer";
            // No inline script or style anywhere: the pages' scripts and styles are files of this site.
            h["Content-Security-Policy"] = "default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            // The value antiforgery sets on every page with a form: anything else, and it logs a warning per page.
            // Static files (site CSS and scripts, the design system under /lib) carry no one's data and may be cached.
            if (!IsStatic(ctx.Request.Path)) h["Cache-Control"] = "no-cache, no-store";
            await next();
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot")),
        });
        // serve --demo listens while it prepares a new database: until then every other request gets a page saying so.
        app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/health/live"), gated => gated.Use(DatabaseReadiness.GateAsync));
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.Use(async (ctx, next) =>
        {
            // A one-time password only opens the change-password page; a password without the second factor a role needs,
            // only the page that sets one up (both under /Account, with the sign-out).
            var (claim, page, message) = Gate(ctx.User);
            if (claim is not null && !ctx.Request.Path.StartsWithSegments("/Account") && !ctx.Request.Path.StartsWithSegments("/api/v1/session"))
            {
                if (!WebServices.IsApi(ctx.Request)) ctx.Response.Redirect(page);
                else
                {
                    ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                    await ctx.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = ctx,
                        ProblemDetails = { Status = StatusCodes.Status403Forbidden, Title = "Sign-in not finished", Detail = message },
                    });
                }
                return;
            }
            await next();
        });
        app.UseAuthorization();
        app.MapHealthChecks("/health").AllowAnonymous();
        // Liveness: runs no check (no database), so it is also the bare cost of a request through this pipeline.
        app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false })
            .AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapRazorPages();
        app.MapHartlineApi();
        return app;
    }

    private static (string? Claim, string Page, string Message) Gate(System.Security.Claims.ClaimsPrincipal user)
    {
        if (user.HasClaim(c => c.Type == Features.Account.HartlineClaimsFactory.MustChangePasswordClaim))
            return (Features.Account.HartlineClaimsFactory.MustChangePasswordClaim, "/Account/ChangePassword",
                "Change your one-time password on the sign-in page first.");
        if (user.HasClaim(c => c.Type == Features.Account.HartlineClaimsFactory.MustSetUpTwoFactorClaim))
            return (Features.Account.HartlineClaimsFactory.MustSetUpTwoFactorClaim, "/Account/TwoFactor",
                Features.Account.TwoFactor.TwoFactorMessages.SetUpFirst);
        return (null, "", "");
    }

    private static bool IsStatic(PathString path) =>
        path.StartsWithSegments("/css") || path.StartsWithSegments("/js") || path.StartsWithSegments("/lib");
}
