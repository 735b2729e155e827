using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Workbench.Retrieval;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench search</c>: full-text (BM25) and "more like this" search over the pseudonymized ads.</summary>
internal sealed class SearchCommand : Command<SearchCommand.Settings>
{
    public sealed class Settings : AnalysisSettings
    {
        [CommandOption("--query <Q>")]
        [Description("Lucene query: words, \"phrases\", field:value (text, title, body, city, province, site, category, posted, contact), fuzzy~1, AND/OR/NOT.")]
        public string? Query { get; init; }

        [CommandOption("--like <AD_ID>")]
        [Description("Find the near duplicates of this ad (MinHash + LSH over word shingles).")]
        public string? Like { get; init; }

        [CommandOption("--top <N>")]
        [Description("Number of results (default 10).")]
        public int Top { get; init; } = 10;

        [CommandOption("--threshold <J>")]
        [Description("Jaccard similarity above which --like reports an ad (default 0.5).")]
        public double Threshold { get; init; } = 0.5;

        [CommandOption("--seed <S>")]
        [Description("Seed of the MinHash permutations for --like (default 1).")]
        public int Seed { get; init; } = 1;

        [CommandOption("--index <DIR>")]
        [Description("Keep the full-text index in this folder and reuse it next time (default: built in memory).")]
        public string? Index { get; init; }

        public override ValidationResult Validate()
        {
            var input = base.Validate();
            if (!input.Successful) return input;
            if (Query is null && Like is null) return ValidationResult.Error("give --query Q, --like AD_ID, or both");
            if (Top < 1) return ValidationResult.Error("--top must be at least 1");
            return Threshold is <= 0 or >= 1 ? ValidationResult.Error("--threshold must be between 0 and 1") : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var input = settings.Open();
        var store = input.Store;
        var adCount = store.AdCount();
        if (settings.Query is not null)
        {
            FullTextIndex? index = null;
            try
            {
                if (settings.Index is not null && Directory.Exists(settings.Index) && Directory.EnumerateFiles(settings.Index).Any())
                {
                    index = FullTextIndex.Open(settings.Index);
                }
                else
                {
                    Progress.Run("Indexing", p => index = Retrieve.FullText(store, new FullTextIndexOptions { Directory = settings.Index }, n => p(n, adCount)));
                }
                var hits = index!.Search(settings.Query, settings.Top);
                var table = new Table().AddColumns("#", "ad_id", "BM25", "title", "excerpt");
                var rank = 0;
                foreach (var h in hits)
                {
                    table.AddRow((++rank).ToString(CultureInfo.InvariantCulture), Markup.Escape(h.AdId), h.Score.ToString("F2", CultureInfo.InvariantCulture),
                        Markup.Escape(h.Title), Markup.Escape(h.Excerpt));
                }
                AnsiConsole.MarkupLineInterpolated($"query {settings.Query}: {index.CountMatches(settings.Query):N0} of {index.Count:N0} ads match; best {hits.Count}:");
                AnsiConsole.Write(table);
            }
            finally
            {
                index?.Dispose();
            }
        }
        if (settings.Like is not null)
        {
            NearDuplicateIndex? near = null;
            var options = new NearDuplicateOptions { Threshold = settings.Threshold, Seed = settings.Seed };
            Progress.Run("Hashing shingles", p => near = Retrieve.NearDuplicates(store, options, n => p(n, adCount)));
            IReadOnlyList<NearDuplicate> like;
            try
            {
                like = near!.MoreLikeThis(settings.Like, settings.Top);
            }
            catch (ArgumentException)
            {
                throw new UserError($"ad {settings.Like} is not in the store");
            }
            var table = new Table().AddColumns("#", "ad_id", "est. Jaccard", "title");
            var rank = 0;
            foreach (var d in like)
            {
                table.AddRow((++rank).ToString(CultureInfo.InvariantCulture), Markup.Escape(d.AdId), d.Similarity.ToString("F3", CultureInfo.InvariantCulture),
                    Markup.Escape(TitleOf(store, d.AdId)));
            }
            AnsiConsole.MarkupLineInterpolated($"ads like {settings.Like} (word {options.ShingleSize}-shingles, {options.NumPerm} permutations, threshold {options.Threshold}, seed {options.Seed}; LSH bands×rows {near.Banding.Bands}×{near.Banding.Rows}): {like.Count}");
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine("Similar text says two ads were written alike, not who wrote them.");
        }
        return 0;
    }

    private static string TitleOf(Store.AdStore store, string adId)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT coalesce(title, '') FROM ads WHERE ad_id = $1 LIMIT 1";
        command.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter(adId));
        return command.ExecuteScalar() as string ?? string.Empty;
    }
}
