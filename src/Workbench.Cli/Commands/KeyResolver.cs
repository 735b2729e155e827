using Spectre.Console;
using Workbench.Data;

namespace Workbench.Cli.Commands;

/// <summary>Finds the pseudonymization key for a command, or refuses with a clear message.</summary>
internal static class KeyResolver
{
    /// <summary>The key from the environment; real data is never ingested without one.</summary>
    public static PseudonymKey Required()
    {
        return PseudonymKey.FromEnvironment() ?? throw new UserError(
            $"no pseudonymization key: set {PseudonymKey.KeyVariable} (hex) or {PseudonymKey.KeyFileVariable} (a file holding the hex key); "
            + "create one with 'workbench key --out FILE' and keep it outside the repository");
    }

    /// <summary>The key from the environment, else the per-user default file, created when missing (synthetic data only).</summary>
    public static PseudonymKey ForSyntheticData()
    {
        var key = PseudonymKey.FromEnvironment();
        if (key is not null) return key;
        var path = PseudonymKey.DefaultKeyFile();
        key = PseudonymKey.LoadOrCreate(path, out var created);
        if (created)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]Created a new pseudonymization key[/] at {path} (fingerprint {key.Fingerprint}). Keep it out of the repository.");
        }
        return key;
    }
}
