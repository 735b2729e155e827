using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Workbench.Retrieval;

/// <summary>
/// The analyzer of the full-text index: Unicode word segmentation (UAX #29, Lucene's <c>StandardTokenizer</c>),
/// lower-casing and accent folding (<c>Montréal</c> = <c>montreal</c>), and no stop words, because a bilingual corpus
/// has no one stop list and province codes such as <c>on</c> must stay searchable. Keyed tokens (<c>ph_…</c>) stay
/// whole, since UAX #29 keeps letters, digits and underscores together.
/// </summary>
internal sealed class FoldingAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
