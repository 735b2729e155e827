namespace Workbench.Tests;

[Collection("cli")]
public class NotebookCommandsTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("notebooks run", "--write-outputs")]
    [InlineData("notebooks run", "--param")]
    [InlineData("kernel", "--working-dir")]
    [InlineData("figures", "--only")]
    public void The_new_verbs_have_help(string verb, string option)
    {
        var result = CliRunner.Run(null, [.. verb.Split(' '), "--help"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(option, result.Out);
    }

    [Fact]
    public void A_failing_notebook_exits_1_with_one_line_naming_notebook_cell_and_error()
    {
        var path = _dir.Write("broken.dib", "#!csharp\n\nvar fine = 1;\n\n#!markdown\n\n# text\n\n#!csharp\n\nfine.NoSuchMember();\n");
        var result = CliRunner.Run(null, "notebooks", "run", path);
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("broken.dib: cell 3 (fine.NoSuchMember();) failed", line);
        Assert.Contains("CS1061", line);
    }

    [Fact]
    public void A_bad_parameter_is_refused_in_one_line()
    {
        var path = _dir.Write("p.dib", "#!csharp\n\n// parameters\nvar seed = 1;\n");
        var result = CliRunner.Run(null, "notebooks", "run", path, "--param", "seed=abc");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("parameter 'seed' is int: 'abc' is not a valid int", result.Error);
        Assert.Equal(0, CliRunner.Run(null, "notebooks", "run", path, "--param", "seed=4").ExitCode);
    }

    [Fact]
    public void A_missing_notebook_is_refused_in_one_line()
    {
        var result = CliRunner.Run(null, "notebooks", "run", _dir.File("nope.ipynb"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nope.ipynb", result.Error);
    }
}
