namespace Workbench.Cli;

/// <summary>Turns expected failures (bad files, bad keys, bad arguments) into one-line reasons.</summary>
internal static class CliErrors
{
    public static bool IsUserError(Exception ex) => ex is IOException or FormatException or ArgumentException
        or InvalidDataException or UnauthorizedAccessException or UserError or DuckDB.NET.Data.DuckDBException;

    public static string OneLine(Exception ex) => ex.Message.ReplaceLineEndings(" ").Trim();
}

/// <summary>A failure whose message is meant for the user as it is.</summary>
internal sealed class UserError(string message) : Exception(message);
