using Microsoft.AspNetCore.Identity;
using Hartline.Security.Audit;

namespace Hartline.Features.Account;

/// <summary>A person who signs in. Belongs to one agency; roles come from Identity.</summary>
public sealed class HartlineUser : IdentityUser<Guid>, IAudited
{
    public HartlineUser() => Id = Guid.CreateVersion7();

    public Guid AgencyId { get; set; }
    public required string DisplayName { get; set; }
    /// <summary>Set for passwords printed by the CLI: they are one-time and must be replaced at first sign-in.</summary>
    public bool MustChangePassword { get; set; }
    /// <summary>The time step of the last authenticator code accepted: that code and older ones are refused (TwoFactor/OneTimeCodes).</summary>
    public long? LastCodeStep { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime CreatedAt { get; set; }
}
