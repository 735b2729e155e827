using Spectre.Console;

namespace Workbench.Cli;

/// <summary>Progress bars on a terminal; a few plain lines when output is redirected (CI, logs).</summary>
internal static class Progress
{
    /// <summary>Runs <paramref name="work"/>, which reports (done, total) through the callback it is given.</summary>
    public static void Run(string label, Action<Action<long, long>> work)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
        {
            var started = DateTime.UtcNow;
            work((_, _) => { });
            Console.WriteLine($"{label}: done in {(DateTime.UtcNow - started).TotalSeconds:F1} s");
            return;
        }
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(label, maxValue: 1);
                work((done, total) =>
                {
                    task.MaxValue = Math.Max(1, total);
                    task.Value = Math.Min(done, task.MaxValue);
                });
                task.Value = task.MaxValue;
            });
    }
}
