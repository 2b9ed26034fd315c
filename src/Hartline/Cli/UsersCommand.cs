using System.CommandLine;
using Hartline.Features;
using Hartline.Features.Admin;
using Hartline.Security;

namespace Hartline.Cli;

internal static class UsersCommand
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "The user's e-mail (their sign-in name)", Required = true };
        var agency = new Option<string>("--agency") { Description = "Agency name; created if it does not exist yet", Required = true };
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", Roles.All)}", Required = true };
        var name = new Option<string?>("--name") { Description = "Display name (default: the e-mail)" };
        var kind = new Option<AgencyKind>("--agency-kind") { Description = "Kind of a newly created agency", DefaultValueFactory = _ => AgencyKind.Coordination };
        var add = new Command("add", "Add a user and print a one-time password (changed at first sign-in)") { email, agency, role, name, kind };
        add.SetAction((parsed, ct) => HartlineCli.Guard(async () =>
        {
            var roleName = Roles.Normalize(parsed.GetValue(role)!)
                ?? throw new UsageException($"--role: '{parsed.GetValue(role)}' is not a role; use one of {string.Join(", ", Roles.All)}.");
            var emailValue = parsed.GetValue(email)!.Trim();
            if (!System.Net.Mail.MailAddress.TryCreate(emailValue, out _)) throw new UsageException($"--email: '{emailValue}' is not an e-mail address.");
            var agencyName = parsed.GetValue(agency)!.Trim();
            if (agencyName.Length is 0 or > 200) throw new UsageException("--agency: give a name of 1–200 characters.");

            await using var app = await HartlineCli.BuildHostAsync(parsed, prepare: true, ct);
            using var scope = app.Services.CreateScope();
            var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            var (found, created) = await admin.EnsureAgencyAsync(agencyName, parsed.GetValue(kind), ct);
            if (created) Console.WriteLine($"Created agency '{found.Name}' ({found.Kind.Label()}).");
            var user = await admin.AddUserAsync(emailValue, parsed.GetValue(name) ?? emailValue, found, roleName, oneTime: true);
            Console.WriteLine($"Added {roleName} {user.User.Email} at {found.Name}.");
            Console.WriteLine($"One-time password (shown only now; it must be changed at first sign-in): {user.OneTimePassword}");
            return HartlineCli.Ok;
        }));
        return new Command("users", "Manage users") { add, Role(), Disable(), Enable(), ResetTwoFactor() };
    }

    private static Option<string> Email() => new("--email") { Description = "The user's e-mail", Required = true };

    private static Command Role()
    {
        var email = Email();
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", Roles.All)}", Required = true };
        var command = new Command("role", "Give a user another role (their sessions end)") { email, role };
        command.SetAction((parsed, ct) => WithUser(parsed, email, ct, async (admin, user) =>
        {
            var roleName = Roles.Normalize(parsed.GetValue(role)!)
                ?? throw new UsageException($"--role: '{parsed.GetValue(role)}' is not a role; use one of {string.Join(", ", Roles.All)}.");
            await admin.ChangeRoleAsync(user, roleName);
            Console.WriteLine($"{user.Email} is now {roleName}; their sessions have ended.");
        }));
        return command;
    }

    private static Command Disable()
    {
        var email = Email();
        var command = new Command("disable", "Disable a user: no more sign-ins, every session ended") { email };
        command.SetAction((parsed, ct) => WithUser(parsed, email, ct, async (admin, user) =>
        {
            await admin.DisableAsync(user);
            Console.WriteLine($"{user.Email} is disabled; their sessions have ended.");
        }));
        return command;
    }

    private static Command Enable()
    {
        var email = Email();
        var command = new Command("enable", "Let a disabled or locked-out user sign in again") { email };
        command.SetAction((parsed, ct) => WithUser(parsed, email, ct, async (admin, user) =>
        {
            await admin.EnableAsync(user);
            Console.WriteLine($"{user.Email} can sign in again.");
        }));
        return command;
    }

    private static Command ResetTwoFactor()
    {
        var email = Email();
        var command = new Command("reset-two-factor", "For a lost phone: remove the user's authenticator app and recovery codes; they set up a new one at their next sign-in") { email };
        command.SetAction((parsed, ct) => WithUser(parsed, email, ct, async (admin, user) =>
        {
            await admin.ResetTwoFactorAsync(user);
            Console.WriteLine($"{user.Email}: two-factor sign-in is reset; they set up their app again at their next sign-in. Their sessions have ended.");
        }));
        return command;
    }

    private static Task<int> WithUser(ParseResult parsed, Option<string> email, CancellationToken ct,
        Func<UserAdministration, Hartline.Features.Account.HartlineUser, Task> body) => HartlineCli.Guard(async () =>
    {
        await using var app = await HartlineCli.BuildHostAsync(parsed, prepare: true, ct);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Hartline.Features.Account.HartlineUser>>();
        var user = await users.FindByEmailAsync(parsed.GetValue(email)!.Trim())
            ?? throw new UsageException($"--email: no user has the e-mail '{parsed.GetValue(email)!.Trim()}'.");
        await body(scope.ServiceProvider.GetRequiredService<UserAdministration>(), user);
        return HartlineCli.Ok;
    });
}
