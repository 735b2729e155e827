using System.Text;
using System.Text.Json.Nodes;
using Plotly.NET;

namespace Workbench.Interactive;

/// <summary>
/// Shows a Plotly.NET chart offline: a div and a script that draws the chart's JSON with the plotly.js that
/// <see cref="PlotlyEmbedding"/> puts once into the document (never a CDN, which this network and a secure enclave
/// forbid). Every text in the chart (titles, category labels, hover text) goes through <see cref="IdentifierMask"/>.
/// </summary>
public sealed class ChartFormatter : WorkbenchFormatter<GenericChart>
{
    /// <inheritdoc />
    public override string ToHtml(GenericChart value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var json = MaskedJson(value);
        var (id, withLibrary) = PlotlyEmbedding.Next();
        var sb = new StringBuilder();
        if (withLibrary) sb.Append(PlotlyEmbedding.ScriptElement());
        sb.Append("<div class=\"wb-chart\" id=\"").Append(id).Append("\"></div>\n")
          .Append("<script type=\"text/javascript\">(function(){var f=").Append(json).Append(";var id='").Append(id)
          .Append("';function draw(n){var el=document.getElementById(id);if(!el)return;")
          .Append("if(typeof window.Plotly!=='undefined'){window.Plotly.newPlot(el,f.data,f.layout,{responsive:true});}")
          .Append("else if(n<50){setTimeout(function(){draw(n+1);},100);}")
          .Append("else{el.textContent='plotly.js is not loaded on this page: call Workbench.Interactive.PlotlyEmbedding.Reset() and display the chart again.';}}")
          .Append("draw(0);})();</script>\n");
        return sb.ToString();
    }

    /// <summary>
    /// The chart's JSON (data and layout) with every string value masked, except inside <c>layout.template</c>, which
    /// is Plotly.NET's constant default look (colours and fonts, hundreds of strings) and never holds data.
    /// </summary>
    public static string MaskedJson(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var node = JsonNode.Parse(GenericChart.toJson(chart))!;
        var template = node["layout"]?["template"];
        node["layout"]?.AsObject().Remove("template");
        Mask(node, new Dictionary<string, string>(StringComparer.Ordinal));
        if (template is not null) node["layout"]!["template"] = template;
        return node.ToJsonString();
    }

    private static void Mask(JsonNode node, Dictionary<string, string> masked)
    {
        string Masked(string s)
        {
            if (!masked.TryGetValue(s, out var m)) masked[s] = m = IdentifierMask.Text(s, keepBareHosts: true);
            return m;
        }
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (child is JsonValue v && v.TryGetValue<string>(out var s)) obj[name] = Masked(s);
                    else if (child is not null) Mask(child, masked);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue v && v.TryGetValue<string>(out var s)) array[i] = Masked(s);
                    else if (array[i] is { } child) Mask(child, masked);
                }
                break;
        }
    }
}
