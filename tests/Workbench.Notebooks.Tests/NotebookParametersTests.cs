using Workbench.Notebooks;

namespace Workbench.Tests.Notebooks;

public class NotebookParametersTests
{
    private const string Cell = """
        // parameters
        var ads = 20_000;
        var seed = 1;
        var rate = 0.25;
        var dataFolder = "../data/x";
        var verbose = false;
        long big = 3L;
        decimal price = 1.5m;
        """;

    [Fact]
    public void Declared_reads_names_and_types_of_var_and_typed_declarations()
    {
        var declared = NotebookParameters.Declared(Cell).ToDictionary(p => p.Name, p => p.Type);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["ads"] = "int", ["seed"] = "int", ["rate"] = "double", ["dataFolder"] = "string",
                ["verbose"] = "bool", ["big"] = "long", ["price"] = "decimal",
            },
            declared);
    }

    [Fact]
    public void Overrides_become_typed_assignments()
    {
        var code = NotebookParameters.OverrideCode(NotebookParameters.Declared(Cell), new Dictionary<string, string>
        {
            ["ads"] = "5000", ["rate"] = "0.5", ["dataFolder"] = "/tmp/a \"b\"", ["verbose"] = "true", ["big"] = "7", ["price"] = "2.25",
        });
        Assert.Contains("ads = 5000;", code);
        Assert.Contains("rate = 0.5d;", code);
        Assert.Contains("dataFolder = \"/tmp/a \\\"b\\\"\";", code);
        Assert.Contains("verbose = true;", code);
        Assert.Contains("big = 7L;", code);
        Assert.Contains("price = 2.25m;", code);
    }

    [Theory]
    [InlineData("nope", "1", "unknown parameter 'nope'")]
    [InlineData("ads", "lots", "'lots' is not a valid int")]
    [InlineData("verbose", "yes", "'yes' is not a valid bool")]
    [InlineData("ads", "1; System.IO.File.Delete(\"x\")", "is not a valid int")]
    public void Bad_overrides_are_refused_with_a_message_naming_the_parameter(string name, string value, string expected)
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            NotebookParameters.OverrideCode(NotebookParameters.Declared(Cell), new Dictionary<string, string> { [name] = value }));
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Pairs_split_at_the_first_equals_sign()
    {
        var pairs = NotebookParameters.ParsePairs(["a=1", "path=x=y"]);
        Assert.Equal("1", pairs["a"]);
        Assert.Equal("x=y", pairs["path"]);
        Assert.Throws<ArgumentException>(() => NotebookParameters.ParsePairs(["novalue"]));
    }
}
