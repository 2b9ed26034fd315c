using System.Net.Http.Json;
using Hartline.Features;
using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Hartline.Features.Account;
using Hartline.Features.Intake;
using Hartline.Features.Intake.Determination;
using Hartline.Security;
using Microsoft.AspNetCore.Identity;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Support;

/// <param name="AuthenticatorKey">Set when the user has two-factor sign-in on (every test user unless asked otherwise).</param>
public sealed record TestUser(Guid Id, string Email, string Password, Agency Agency, string Role, string? AuthenticatorKey = null);

/// <summary>Builders for test data, made through the application's own services.</summary>
public sealed class World(HartlineApp app)
{
    public Task<Agency> Agency(string name = "Agency", AgencyKind kind = AgencyKind.ChildWelfare) =>
        app.WithScope(async sp => (await sp.GetRequiredService<UserAdministration>()
            .EnsureAgencyAsync($"{name} {Guid.NewGuid():N}", kind)).Agency);

    /// <summary>A user of the role, enrolled in two-factor sign-in (as every role that opens case files must be) unless <paramref name="enrolled"/> is false.</summary>
    public Task<TestUser> User(string role, Agency agency, bool enrolled = true) => app.WithScope(async sp =>
    {
        var email = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@test.example";
        var created = await sp.GetRequiredService<UserAdministration>().AddUserAsync(email, $"Test {role}", agency, role, oneTime: false);
        var key = enrolled ? await sp.GetRequiredService<Hartline.Features.Account.TwoFactor.Authenticator>().EnrolAsync(created.User) : null;
        return new TestUser(created.User.Id, email, created.OneTimePassword, agency, role, key);
    });

    /// <summary>A fresh authenticator code for the user (null for a user without two-factor sign-in).</summary>
    public string? Code(TestUser user) => user.AuthenticatorKey is { } key ? app.Codes.Next(key) : null;

    /// <summary>A family name no other test uses, in letters only (names refuse digits): the prefix and a random tail.</summary>
    public static string UniqueName(string prefix, int length = 20) =>
        (prefix + string.Concat(Guid.NewGuid().ToString("N").Select(c => char.IsDigit(c) ? (char)('g' + (c - '0')) : c)))[..length];

    public static ReferralInput Referral(string given = "Jordan", string family = "Testcase", string region = "R2",
        DateOnly? received = null, DateOnly? dob = null, params string[] races) => new()
    {
        ReceivedAt = (received ?? new DateOnly(2019, 8, 14)).ToDateTime(new TimeOnly(10, 30)),
        Source = "careline",
        ReportingAgency = "Test Middle School",
        Region = region,
        GivenName = given,
        FamilyName = family,
        DateOfBirth = dob ?? new DateOnly(2004, 3, 9),
        Gender = "female",
        RaceEthnicity = races.ToList(),
        Residence = "parent",
    };

    /// <summary>The signed-in principal of a test user, as the cookie would carry it.</summary>
    public Task<ClaimsPrincipal> Principal(TestUser user) => app.WithScope(async sp =>
        await sp.GetRequiredService<IUserClaimsPrincipalFactory<HartlineUser>>()
            .CreateAsync((await sp.GetRequiredService<UserManager<HartlineUser>>().FindByIdAsync(user.Id.ToString()))!));

    /// <summary>Receives a referral as <paramref name="by"/> through the intake service; returns the receipt.</summary>
    public async Task<ReferralReceipt> Receive(TestUser by, ReferralInput? referral = null)
    {
        var actor = Actor.FromPrincipal(await Principal(by));
        return await app.WithScope(async sp =>
        {
            var received = await sp.GetRequiredService<IntakeService>()
                .ReceiveAsync(referral ?? Referral(family: UniqueName("Testcase")), actor);
            Assert.True(received.Succeeded, string.Join("; ", received.Errors.SelectMany(e => e.Value)));
            return received.Value!;
        });
    }

    /// <summary>A referral walked to a case: received, determined a possible victim, linked. Returns the case id.</summary>
    public async Task<Guid> Case(TestUser by, ReferralInput? referral = null)
    {
        var receipt = await Receive(by, referral);
        var principal = await Principal(by);
        return await app.WithScope(async sp =>
        {
            var workflow = sp.GetRequiredService<ReferralWorkflow>();
            var determined = await workflow.DetermineAsync(receipt.ReferralId, new DeterminationInput
            {
                Status = TraffickingStatus.PossibleVictim, DecidedBy = DecidingOrganisation.ChildWelfare,
                Actions = [AmpAction.Recruit], Purposes = [AmpPurpose.CommercialSex], Exploitation = ExploitationType.Sex,
            }, Actor.FromPrincipal(principal));
            Assert.True(determined.Succeeded, string.Join("; ", determined.Errors.SelectMany(e => e.Value)));
            var linked = await workflow.LinkToCaseAsync(receipt.ReferralId, Actor.FromPrincipal(principal));
            Assert.Equal(OutcomeKind.Done, linked.Kind);
            return linked.Value;
        });
    }

    public Task Grant(Guid caseId, Agency to, GrantKind kind, bool revoked = false) => app.WithDb(async db =>
    {
        db.CaseAccessGrants.Add(new CaseAccessGrant { CaseId = caseId, AgencyId = to.Id, Kind = kind, RevokedAt = revoked ? DateTime.UtcNow : null });
        await db.SaveChangesAsync();
    });

    /// <summary>An HTTP client signed in through the API (same cookie as the sign-in page).</summary>
    public async Task<HttpClient> SignedIn(TestUser user)
    {
        var tokens = new ApiTokens();
        var client = app.NewClient(tokens);
        var response = await client.PostAsJsonAsync("/api/v1/session", new { email = user.Email, password = user.Password, code = Code(user) });
        Assert.Equal(System.Net.HttpStatusCode.NoContent, response.StatusCode);
        // Changes through the API carry the request token the sign-in answered with, as a script would; the pages' forms
        // carry their own (a post without it is refused, as a forged one from another site would be).
        tokens.Token = response.Headers.GetValues(Hartline.Hosting.Api.ApiAntiforgery.Header).Single();
        return client;
    }
}
