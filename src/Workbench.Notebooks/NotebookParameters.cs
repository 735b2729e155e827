using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Workbench.Notebooks;

/// <summary>
/// Parameters of a notebook, as papermill has them: the cell tagged <c>parameters</c> declares variables with
/// defaults, and a run may override them (<c>--param seed=7</c>) through a cell injected right after it.
/// </summary>
public static class NotebookParameters
{
    /// <summary>The cell tag (in .ipynb) or first-line comment (<c>// parameters</c>, in .dib) of the parameters cell.</summary>
    public const string Tag = "parameters";

    /// <summary>The tag of the cell a run injects; a later run replaces it.</summary>
    public const string InjectedTag = "injected-parameters";

    private static readonly string[] Supported =
        ["int", "long", "short", "byte", "double", "float", "decimal", "bool", "string", "char"];

    /// <summary>The top-level variables a parameters cell declares, with their types.</summary>
    public static IReadOnlyList<NotebookParameter> Declared(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(kind: SourceCodeKind.Script));
        var found = new List<NotebookParameter>();
        foreach (var member in tree.GetCompilationUnitRoot().Members)
        {
            var declaration = member switch
            {
                FieldDeclarationSyntax f => f.Declaration,
                GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax l } => l.Declaration,
                _ => null,
            };
            if (declaration is null) continue;
            foreach (var v in declaration.Variables)
            {
                var type = TypeOf(declaration.Type, v.Initializer?.Value);
                found.Add(new NotebookParameter(v.Identifier.ValueText, type, v.Initializer?.Value.ToString() ?? ""));
            }
        }
        return found;
    }

    /// <summary>
    /// The C# code that sets the overrides, checked against the declared parameters: an unknown name or a value that
    /// does not parse as the declared type is refused with a message that names both.
    /// </summary>
    public static string OverrideCode(IReadOnlyList<NotebookParameter> declared, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(values);
        var sb = new StringBuilder("// Parameters injected by 'workbench notebooks run'\n");
        foreach (var (name, text) in values.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var parameter = declared.FirstOrDefault(p => p.Name == name) ?? throw new ArgumentException(
                $"unknown parameter '{name}': the parameters cell declares {(declared.Count == 0 ? "none" : string.Join(", ", declared.Select(p => p.Name)))}");
            sb.Append(name).Append(" = ").Append(Literal(parameter, text)).Append(";\n");
        }
        return sb.ToString();
    }

    /// <summary>Parses <c>name=value</c> pairs as the command line gives them.</summary>
    public static IReadOnlyDictionary<string, string> ParsePairs(IEnumerable<string> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new ArgumentException($"--param '{pair}': expected name=value");
            values[pair[..eq].Trim()] = pair[(eq + 1)..];
        }
        return values;
    }

    private static string TypeOf(TypeSyntax type, ExpressionSyntax? initializer)
    {
        if (!type.IsVar) return type.ToString().TrimEnd('?');
        var literal = initializer switch
        {
            LiteralExpressionSyntax l => l,
            PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax l } => l,
            _ => null,
        };
        return literal?.Token.Value switch
        {
            int => "int",
            long => "long",
            uint => "uint",
            ulong => "ulong",
            double => "double",
            float => "float",
            decimal => "decimal",
            bool => "bool",
            string => "string",
            char => "char",
            _ => "var",
        };
    }

    private static string Literal(NotebookParameter p, string text)
    {
        var inv = CultureInfo.InvariantCulture;
        string Fail() => throw new ArgumentException($"parameter '{p.Name}' is {p.Type}: '{text}' is not a valid {p.Type}");
        return p.Type switch
        {
            "string" => SymbolDisplay.FormatLiteral(text, quote: true),
            "char" => text.Length == 1 ? SymbolDisplay.FormatLiteral(text[0], quote: true) : Fail(),
            "bool" => bool.TryParse(text, out var b) ? (b ? "true" : "false") : Fail(),
            "int" => int.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, inv, out var i) ? i.ToString(inv) : Fail(),
            "long" => long.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, inv, out var l) ? l.ToString(inv) + "L" : Fail(),
            "short" => short.TryParse(text, NumberStyles.Integer, inv, out var s) ? $"(short){s.ToString(inv)}" : Fail(),
            "byte" => byte.TryParse(text, NumberStyles.Integer, inv, out var y) ? $"(byte){y.ToString(inv)}" : Fail(),
            "double" => double.TryParse(text, NumberStyles.Float, inv, out var d) && double.IsFinite(d) ? d.ToString("R", inv) + "d" : Fail(),
            "float" => float.TryParse(text, NumberStyles.Float, inv, out var f) && float.IsFinite(f) ? f.ToString("R", inv) + "f" : Fail(),
            "decimal" => decimal.TryParse(text, NumberStyles.Float, inv, out var m) ? m.ToString(inv) + "m" : Fail(),
            _ => throw new ArgumentException(
                $"parameter '{p.Name}' has type {p.Type}, which the command line cannot set; declare it as one of {string.Join(", ", Supported)}"),
        };
    }
}
