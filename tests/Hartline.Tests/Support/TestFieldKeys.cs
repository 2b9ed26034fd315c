using System.Runtime.CompilerServices;
using Hartline.Data.Protection;

namespace Hartline.Tests.Support;

/// <summary>
/// One field-key ring for every host, context and CLI command of the test process, through the environment as an
/// operator would give it. Each ring has its own database model (its converters hold the keys): a ring per test
/// database would build a model per fixture. The default key file beside a SQLite database has its own tests.
/// </summary>
internal static class TestFieldKeys
{
    [ModuleInitializer]
    internal static void Install()
    {
        if (Environment.GetEnvironmentVariable(FieldKeySource.Variable) is null)
            Environment.SetEnvironmentVariable(FieldKeySource.Variable, Hartline.Security.Protection.FieldKeys.Generate().ToText().Replace('\n', ';'));
    }
}
