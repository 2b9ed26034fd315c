using Hartline.Features.Account.TwoFactor;

namespace Hartline.Features.Demo;

/// <summary>
/// The demo accounts' current authenticator codes, for the sign-in page of a demonstration only: a newcomer trying the
/// roles has no app set up with the demo keys. Never used outside demo mode, where the accounts hold made-up youth.
/// </summary>
public sealed class DemoCodes([FromKeyedServices(OneTimeCodes.ClockKey)] TimeProvider clock)
{
    public string Now(string authenticatorKey) => OneTimeCodes.CodeAt(authenticatorKey, clock.GetUtcNow().UtcDateTime);
}
