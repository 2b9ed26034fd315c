using System.Runtime.CompilerServices;
using Hartline.Data.Protection;

namespace Hartline.BrowserTests;

/// <summary>One field-key ring for the whole test process, given through the environment as an operator would (a process holds one database's keys).</summary>
internal static class TestFieldKeys
{
    [ModuleInitializer]
    internal static void Install()
    {
        if (Environment.GetEnvironmentVariable(FieldKeySource.Variable) is null)
            Environment.SetEnvironmentVariable(FieldKeySource.Variable, Hartline.Security.Protection.FieldKeys.Generate().ToText().Replace('\n', ';'));
    }
}
