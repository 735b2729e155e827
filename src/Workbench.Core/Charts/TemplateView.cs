using System.Net;
using System.Text;
using Workbench.Clustering;

namespace Workbench.Charts;

/// <summary>
/// A micro-cluster shown the way InfoShield shows it: the template on top, then members as rows of coloured words,
/// one colour per alignment step (<see cref="Colours"/>). A plain structure that a notebook formatter, an HTML page or
/// a Plotly annotation can render; <see cref="ToHtml"/> gives a self-contained fragment.
/// </summary>
/// <param name="ClusterId">The micro-cluster.</param>
/// <param name="Template">The template's words, slots as <c>[*]</c>, each with its kind (<see cref="AlignmentKind.Match"/> for words, <see cref="AlignmentKind.Slot"/> for slots).</param>
/// <param name="Rows">The members shown, in member order.</param>
/// <param name="HiddenMembers">Members not shown.</param>
public sealed record TemplateView(int ClusterId, IReadOnlyList<TemplateSpan> Template, IReadOnlyList<TemplateViewRow> Rows, int HiddenMembers)
{
    /// <summary>
    /// Colours per step, after the InfoShield paper's figures: slot fills blue, matches plain, substitutions orange,
    /// deletions red (struck through), insertions green.
    /// </summary>
    public static IReadOnlyDictionary<AlignmentKind, string> Colours { get; } = new Dictionary<AlignmentKind, string>
    {
        [AlignmentKind.Slot] = "#1f77b4",
        [AlignmentKind.Match] = "#333333",
        [AlignmentKind.Substitution] = "#ff7f0e",
        [AlignmentKind.Deletion] = "#d62728",
        [AlignmentKind.Insertion] = "#2ca02c",
    };

    /// <summary>Builds the view of a cluster with at most <paramref name="maxMembers"/> rows (distinct texts first: verbatim reposts are skipped).</summary>
    public static TemplateView Of(MicroCluster cluster, int maxMembers = 10)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var template = cluster.Template.Select(t => new TemplateSpan(t.ToString(), t.IsSlot ? AlignmentKind.Slot : AlignmentKind.Match)).ToList();
        var rows = new List<TemplateViewRow>();
        for (var i = 0; i < cluster.Alignments.Count && rows.Count < maxMembers; i++)
        {
            var a = cluster.Alignments[i];
            if (a.SameAs is not null) continue;
            var spans = new List<TemplateSpan>();
            foreach (var op in a.Operations)
            {
                switch (op.Kind)
                {
                    case AlignmentKind.Slot:
                        spans.Add(new TemplateSpan(op.Words.Count == 0 ? "∅" : string.Join(' ', op.Words), AlignmentKind.Slot));
                        break;
                    case AlignmentKind.Deletion:
                        spans.Add(new TemplateSpan(op.TemplateWord!, AlignmentKind.Deletion));
                        break;
                    default:
                        spans.Add(new TemplateSpan(op.Word!, op.Kind));
                        break;
                }
            }
            rows.Add(new TemplateViewRow(a.AdId, 1 - (a.CostAfterBits / a.CostBeforeBits), spans));
        }
        return new TemplateView(cluster.ClusterId, template, rows, cluster.Members.Count - rows.Count);
    }

    /// <summary>A self-contained HTML fragment: a legend, the template and the coloured members.</summary>
    public string ToHtml()
    {
        var sb = new StringBuilder();
        sb.Append("<div class=\"template-view\" style=\"font-family:monospace;line-height:1.6\">");
        sb.Append("<div style=\"font-size:smaller\">");
        foreach (var (kind, colour) in Colours)
        {
            sb.Append("<span style=\"margin-right:1em;").Append(Style(kind, colour)).Append("\">").Append(kind.ToString().ToLowerInvariant()).Append("</span>");
        }
        sb.Append("</div><div><b>template ").Append(ClusterId).Append(":</b> ");
        Spans(sb, Template);
        sb.Append("</div>");
        foreach (var row in Rows)
        {
            sb.Append("<div><span style=\"color:#888\">").Append(WebUtility.HtmlEncode(row.AdId)).Append(" (")
              .Append(row.Saving.ToString("P0", System.Globalization.CultureInfo.InvariantCulture)).Append(" saved):</span> ");
            Spans(sb, row.Spans);
            sb.Append("</div>");
        }
        if (HiddenMembers > 0) sb.Append("<div style=\"color:#888\">… and ").Append(HiddenMembers).Append(" more members (verbatim reposts are not repeated)</div>");
        sb.Append("</div>");
        return sb.ToString();
    }

    private static void Spans(StringBuilder sb, IEnumerable<TemplateSpan> spans)
    {
        foreach (var s in spans)
        {
            sb.Append("<span style=\"").Append(Style(s.Kind, Colours[s.Kind])).Append("\">").Append(WebUtility.HtmlEncode(s.Text)).Append("</span> ");
        }
    }

    private static string Style(AlignmentKind kind, string colour) => kind switch
    {
        AlignmentKind.Slot => $"background:{colour};color:white;padding:0 2px",
        AlignmentKind.Deletion => $"color:{colour};text-decoration:line-through",
        AlignmentKind.Match => $"color:{colour}",
        _ => $"color:{colour};font-weight:bold",
    };
}

/// <summary>One member's row of a <see cref="TemplateView"/>.</summary>
/// <param name="AdId">The member.</param>
/// <param name="Saving">Share of its bits the template saves (1 − after/before).</param>
/// <param name="Spans">Its words in reading order, each with its step's kind (a deleted template word is shown struck).</param>
public sealed record TemplateViewRow(string AdId, double Saving, IReadOnlyList<TemplateSpan> Spans);

/// <summary>A word (or a slot's words) with the kind of alignment step it comes from.</summary>
/// <param name="Text">The text shown.</param>
/// <param name="Kind">The step's kind, which sets the colour.</param>
public sealed record TemplateSpan(string Text, AlignmentKind Kind);
