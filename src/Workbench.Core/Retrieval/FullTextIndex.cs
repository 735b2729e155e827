using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Workbench.Data;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Workbench.Retrieval;

/// <summary>
/// A full-text index of pseudonymized ads (Lucene.Net 4.8): BM25 ranking, field queries (<c>city:montreal</c>,
/// <c>title:spa</c>, <c>contact:ph_…</c>), phrases (<c>"new in town"</c>), fuzzy terms (<c>incal~1</c>), wildcards,
/// boolean operators and date ranges (<c>posted:[2026-01-01 TO 2026-01-31]</c>), in Lucene's classic query syntax.
/// </summary>
/// <remarks>
/// <para>Fields: <c>text</c> (title and body, the default field), <c>title</c>, <c>city</c>,
/// <c>province</c>, <c>site</c>, <c>category</c>, <c>posted</c> (<c>yyyy-MM-dd</c>), <c>contact</c> (the ad's keyed
/// tokens) and <c>ad_id</c>. Ranking is Okapi BM25 (Robertson &amp; Zaragoza, "The Probabilistic Relevance Framework:
/// BM25 and Beyond", 2009) with the analyzer of <see cref="FoldingAnalyzer"/>.</para>
/// <para>Ads are analyzed on <see cref="FullTextIndexOptions.Threads"/> threads; ranking does not depend on that,
/// because equal scores are ordered by ad id.</para>
/// <para>Only pseudonymized ads may be indexed: <see cref="Build"/> refuses an ad whose contact fields hold anything but
/// keyed tokens, so raw numbers cannot reach an index file. Cost: linear in the corpus; measured by
/// <c>workbench bench extract</c> (indexing ads/s).</para>
/// </remarks>
public sealed class FullTextIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const int ExcerptLength = 160;

    private static readonly Sort ScoreThenId = new(SortField.FIELD_SCORE, new SortField(AdIdSort, SortFieldType.STRING));
    private const string AdIdSort = "ad_id_sort";

    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _analyzer;

    private FullTextIndex(LuceneDirectory directory, Analyzer analyzer, FullTextIndexOptions options)
    {
        _directory = directory;
        _analyzer = analyzer;
        Options = options;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity(options.K1, options.B) };
    }

    /// <summary>The settings.</summary>
    public FullTextIndexOptions Options { get; }

    /// <summary>Number of ads in the index.</summary>
    public int Count => _reader.NumDocs;

    /// <summary>Indexes <paramref name="ads"/> (pseudonymized) and opens the index for search.</summary>
    /// <param name="ads">Pseudonymized ads, e.g. <c>store.ReadAds()</c>.</param>
    /// <param name="options">Settings; defaults when null.</param>
    /// <param name="progress">Called with the number of ads indexed so far, every 10,000 ads.</param>
    /// <exception cref="ArgumentException">When an ad's contact fields hold a raw value rather than a keyed token.</exception>
    public static FullTextIndex Build(IEnumerable<Ad> ads, FullTextIndexOptions? options = null, Action<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(ads);
        options ??= FullTextIndexOptions.Default;
        LuceneDirectory directory = options.Directory is null
            ? new RAMDirectory()
            : FSDirectory.Open(new DirectoryInfo(options.Directory));
        var analyzer = new FoldingAnalyzer();
        try
        {
            var config = new IndexWriterConfig(Version, analyzer)
            {
                OpenMode = OpenMode.CREATE,
                Similarity = new BM25Similarity(options.K1, options.B),
                RAMBufferSizeMB = options.RamBufferMb,
            };
            using (var writer = new IndexWriter(directory, config))
            {
                var count = options.Threads <= 1 ? AddSequentially(writer, ads, progress) : AddInParallel(writer, ads, options.Threads, progress);
                writer.Commit();
                progress?.Invoke(count);
            }
            return new FullTextIndex(directory, analyzer, options);
        }
        catch
        {
            analyzer.Dispose();
            directory.Dispose();
            throw;
        }
    }

    private static long AddSequentially(IndexWriter writer, IEnumerable<Ad> ads, Action<long>? progress)
    {
        var doc = new ReusableDocument();
        long count = 0;
        foreach (var ad in ads)
        {
            RequirePseudonymized(ad);
            doc.Set(ad);
            writer.AddDocument(doc.Document);
            doc.ClearContacts();
            if (++count % 10_000 == 0) progress?.Invoke(count);
        }
        return count;
    }

    /// <summary>Reads ads on the calling thread and analyzes them on <paramref name="threads"/> workers (IndexWriter is
    /// thread-safe); batches keep the hand-over cheap and the bounded queue keeps memory flat.</summary>
    private static long AddInParallel(IndexWriter writer, IEnumerable<Ad> ads, int threads, Action<long>? progress)
    {
        const int BatchSize = 256;
        using var queue = new System.Collections.Concurrent.BlockingCollection<List<Ad>>(boundedCapacity: threads * 4);
        Exception? failure = null;
        var workers = Enumerable.Range(0, threads).Select(_ => Task.Factory.StartNew(() =>
        {
            var doc = new ReusableDocument();
            try
            {
                foreach (var batch in queue.GetConsumingEnumerable())
                {
                    foreach (var ad in batch)
                    {
                        doc.Set(ad);
                        writer.AddDocument(doc.Document);
                        doc.ClearContacts();
                    }
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, e, null);
                queue.CompleteAdding();
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        long count = 0;
        try
        {
            var batch = new List<Ad>(BatchSize);
            foreach (var ad in ads)
            {
                RequirePseudonymized(ad);
                batch.Add(ad);
                if (batch.Count == BatchSize)
                {
                    if (queue.IsAddingCompleted) break;
                    queue.Add(batch);
                    batch = new List<Ad>(BatchSize);
                }
                if (++count % 10_000 == 0) progress?.Invoke(count);
            }
            if (batch.Count > 0 && !queue.IsAddingCompleted) queue.Add(batch);
        }
        finally
        {
            if (!queue.IsAddingCompleted) queue.CompleteAdding();
            Task.WaitAll(workers);
        }
        if (failure is not null) throw new InvalidOperationException("indexing failed: " + failure.Message, failure);
        return count;
    }

    /// <summary>Opens an index written earlier with <see cref="FullTextIndexOptions.Directory"/>.</summary>
    public static FullTextIndex Open(string directory, FullTextIndexOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!System.IO.Directory.Exists(directory)) throw new DirectoryNotFoundException($"{directory}: no index here (build one first)");
        options = (options ?? FullTextIndexOptions.Default) with { Directory = directory };
        return new FullTextIndex(FSDirectory.Open(new DirectoryInfo(directory)), new FoldingAnalyzer(), options);
    }

    /// <summary>Runs a query in Lucene's classic syntax and returns the best <paramref name="top"/> ads.</summary>
    /// <param name="query">E.g. <c>"new in town" AND city:calgary</c>, <c>incal~1</c>, <c>contact:ph_0123456789abcdef</c>.</param>
    /// <param name="top">How many hits to return.</param>
    /// <exception cref="ArgumentException">When the query does not parse, with the parser's reason.</exception>
    public IReadOnlyList<SearchHit> Search(string query, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var parsed = Parse(query);
        // Ties in score go to the smaller ad id, so that results do not depend on indexing order or threads.
        var docs = _searcher.Search(parsed, null, top, ScoreThenId, doDocScores: true, doMaxScore: false);
        var hits = new List<SearchHit>(docs.ScoreDocs.Length);
        foreach (var sd in docs.ScoreDocs)
        {
            var d = _searcher.Doc(sd.Doc);
            var body = d.Get(Fields.Body) ?? string.Empty;
            hits.Add(new SearchHit(d.Get(Fields.AdId), sd.Score, d.Get(Fields.Title) ?? string.Empty,
                body.Length <= ExcerptLength ? body : body[..ExcerptLength] + "…"));
        }
        return hits;
    }

    /// <summary>Number of ads that match <paramref name="query"/>.</summary>
    public int CountMatches(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var collector = new TotalHitCountCollector();
        _searcher.Search(Parse(query), collector);
        return collector.TotalHits;
    }

    private Query Parse(string query)
    {
        var parser = new QueryParser(Version, Fields.Text, _analyzer)
        {
            DefaultOperator = Options.AllTermsRequired ? Operator.AND : Operator.OR,
            AllowLeadingWildcard = false,
        };
        try
        {
            return parser.Parse(query);
        }
        catch (ParseException e)
        {
            throw new ArgumentException($"query '{query}' does not parse: {e.Message.Split('\n')[0]}", e);
        }
    }

    private static void RequirePseudonymized(Ad ad)
    {
        foreach (var list in new[] { ad.Phones, ad.Emails, ad.Handles, ad.Urls })
        {
            foreach (var value in list)
            {
                if (!ContactKinds.IsToken(value))
                {
                    throw new ArgumentException($"ad {ad.AdId}: a contact field holds a raw value; index only pseudonymized ads (ingest first)", nameof(ad));
                }
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    /// <summary>Field names of the index, for queries.</summary>
    public static class Fields
    {
        /// <summary>Ad id (exact).</summary>
        public const string AdId = "ad_id";

        /// <summary>Title and body together: the default field.</summary>
        public const string Text = "text";

        /// <summary>Title.</summary>
        public const string Title = "title";

        /// <summary>Body (stored for excerpts; search it through <see cref="Text"/>, which holds title and body).</summary>
        public const string Body = "body";

        /// <summary>City as the site lists it.</summary>
        public const string City = "city";

        /// <summary>Province code, lower case.</summary>
        public const string Province = "province";

        /// <summary>Site, lower case.</summary>
        public const string Site = "site";

        /// <summary>Category.</summary>
        public const string Category = "category";

        /// <summary>Posting date, <c>yyyy-MM-dd</c> (UTC).</summary>
        public const string Posted = "posted";

        /// <summary>Keyed contact tokens of the ad (<c>ph_…</c>, <c>em_…</c>, <c>hd_…</c>, <c>ur_…</c>).</summary>
        public const string Contact = "contact";
    }

    /// <summary>One Document with its fields created once and refilled per ad, as Lucene recommends for speed.</summary>
    private sealed class ReusableDocument
    {
        private readonly StringField _adId = new(Fields.AdId, "", Field.Store.YES);
        private readonly SortedDocValuesField _adIdSort = new(AdIdSort, new BytesRef());
        private readonly TextField _title = new(Fields.Title, "", Field.Store.YES);
        private readonly StoredField _body = new(Fields.Body, "");
        private readonly TextField _text = new(Fields.Text, "", Field.Store.NO);
        private readonly TextField _city = new(Fields.City, "", Field.Store.YES);
        private readonly StringField _province = new(Fields.Province, "", Field.Store.YES);
        private readonly StringField _site = new(Fields.Site, "", Field.Store.YES);
        private readonly TextField _category = new(Fields.Category, "", Field.Store.YES);
        private readonly StringField _posted = new(Fields.Posted, "", Field.Store.YES);
        private readonly int _fixedFields;

        public ReusableDocument()
        {
            Document = [_adId, _adIdSort, _title, _body, _text, _city, _province, _site, _category, _posted];
            _fixedFields = Document.Fields.Count;
        }

        public Document Document { get; }

        public void Set(Ad ad)
        {
            var title = ad.Title ?? string.Empty;
            _adId.SetStringValue(ad.AdId);
            _adIdSort.SetBytesValue(new BytesRef(ad.AdId));
            _title.SetStringValue(title);
            _body.SetStringValue(ad.Body);
            _text.SetStringValue(title.Length == 0 ? ad.Body : title + "\n" + ad.Body);
            _city.SetStringValue(ad.City ?? string.Empty);
            _province.SetStringValue((ad.Province ?? string.Empty).ToLowerInvariant());
            _site.SetStringValue((ad.Site ?? string.Empty).ToLowerInvariant());
            _category.SetStringValue(ad.Category ?? string.Empty);
            _posted.SetStringValue(ad.PostedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            foreach (var list in new[] { ad.Phones, ad.Emails, ad.Handles, ad.Urls })
            {
                foreach (var token in list) Document.Add(new StringField(Fields.Contact, token, Field.Store.NO));
            }
        }

        public void ClearContacts()
        {
            while (Document.Fields.Count > _fixedFields) Document.Fields.RemoveAt(Document.Fields.Count - 1);
        }
    }
}
