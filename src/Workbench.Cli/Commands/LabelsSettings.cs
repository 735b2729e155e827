using System.ComponentModel;
using Spectre.Console.Cli;
using Workbench.Review;

namespace Workbench.Cli.Commands;

/// <summary>The label store option every labels verb takes.</summary>
internal class LabelsSettings : CommandSettings
{
    [CommandOption("--labels <FILE|postgres>")]
    [Description("The label store: a SQLite file (created when missing), or 'postgres' for the server in WORKBENCH_LABELS_PG (an Npgsql connection string).")]
    public string Labels { get; init; } = "labels.db";

    /// <summary>Opens the store, turning a missing variable into a one-line reason.</summary>
    public ILabelStore OpenLabels()
    {
        try
        {
            return LabelStores.Open(Labels);
        }
        catch (InvalidOperationException ex)
        {
            throw new UserError(ex.Message);
        }
    }
}
