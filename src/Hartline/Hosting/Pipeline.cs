using Hartline.Features;

namespace Hartline.Hosting;

public static class Pipeline
{
    /// <summary>Middleware order matters: errors first, then static files, auth, and the features' routes.</summary>
    public static WebApplication UseHartline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseWhen(ctx => WebServices.IsApi(ctx.Request), api => api.UseStatusCodePages());
        app.UseWhen(ctx => !WebServices.IsApi(ctx.Request), web => web.UseStatusCodePagesWithReExecute("/Status", "?code={0}"));
        app.Use(async (ctx, next) =>
        {
            // Pages carry children's details: never cache them, never frame them, never leak the URL.
            var h = ctx.Response.Headers;
            h["X-Content-Type-Options"] = "nosniff";
            h["Referrer-Policy"] = "no-referrer";
            h["Content-Security-Policy"] = "default-src 'self'; frame-ancestors 'none'; form-action 'self'";
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
            // A one-time password only opens the change-password page.
            if (ctx.User.HasClaim(c => c.Type == Features.Account.HartlineClaimsFactory.MustChangePasswordClaim)
                && !ctx.Request.Path.StartsWithSegments("/Account"))
            {
                if (WebServices.IsApi(ctx.Request)) ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                else ctx.Response.Redirect("/Account/ChangePassword");
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

    private static bool IsStatic(PathString path) =>
        path.StartsWithSegments("/css") || path.StartsWithSegments("/js") || path.StartsWithSegments("/lib");
}
