using System.Security.Claims;

namespace Hartline.Security;

/// <summary>Who is acting: a signed-in user, or the system (CLI, start-up, demo seeding).</summary>
public sealed record Actor(Guid? UserId, string Name, Guid? AgencyId, IReadOnlySet<string> Roles)
{
    public const string AgencyClaim = "hartline:agency";
    /// <summary>The user's name as colleagues know it (pages, note authors, care team); the Name is the e-mail.</summary>
    public const string DisplayNameClaim = "hartline:display-name";

    /// <summary>The name to show for this actor: the display name when signed in, else <see cref="Name"/>.</summary>
    public string DisplayName { get; init; } = Name;

    /// <summary>
    /// The signed-in principal this actor was read from: what the authorization handlers judge. Services
    /// take the actor, one way for pages, the API, the CLI and tests; none is given a principal besides.
    /// </summary>
    public ClaimsPrincipal Principal { get; init; } = new(new ClaimsIdentity());

    public static readonly Actor System = new(null, "system", null, new HashSet<string>());
    public static readonly Actor Anonymous = new(null, "anonymous", null, new HashSet<string>());

    public bool IsSystem => ReferenceEquals(this, System);
    public bool IsInRole(string role) => Roles.Contains(role);

    public static Actor FromPrincipal(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return Anonymous;
        var id = Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var u) ? u : (Guid?)null;
        var agency = Guid.TryParse(principal.FindFirstValue(AgencyClaim), out var a) ? a : (Guid?)null;
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        var name = principal.FindFirstValue(ClaimTypes.Name) ?? "unknown";
        return new Actor(id, name, agency, roles) { DisplayName = principal.FindFirstValue(DisplayNameClaim) ?? name, Principal = principal };
    }
}

/// <summary>The actor of the current request or command. Scoped; the CLI leaves it as System.</summary>
public sealed class CurrentActor(IHttpContextAccessor http)
{
    private Actor? _override;

    public Actor Value => _override ?? (http.HttpContext is { } ctx ? Actor.FromPrincipal(ctx.User) : Actor.System);

    /// <summary>Used by the CLI and tests to act as a given user outside an HTTP request.</summary>
    public void Set(Actor actor) => _override = actor;
}
