using Workbench.Data;
using Workbench.Store;

namespace Workbench.Retrieval;

/// <summary>
/// The front door of retrieval for notebooks and the CLI: a full-text index and a near-duplicate index over the
/// pseudonymized ads of a store.
/// </summary>
/// <example>
/// <code>
/// using var store = AdStore.Open("data/workbench.duckdb");
/// using var index = Retrieve.FullText(store);
/// index.Search("\"new in town\" AND city:calgary", top: 5);
/// var like = Retrieve.NearDuplicates(store).MoreLikeThis("ad-000123");
/// </code>
/// </example>
public static class Retrieve
{
    /// <summary>Builds a full-text index of the store's ads.</summary>
    public static FullTextIndex FullText(AdStore store, FullTextIndexOptions? options = null, Action<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        return FullTextIndex.Build(store.ReadAds(), options, progress);
    }

    /// <summary>Builds a full-text index of pseudonymized ads.</summary>
    public static FullTextIndex FullText(IEnumerable<Ad> ads, FullTextIndexOptions? options = null, Action<long>? progress = null) =>
        FullTextIndex.Build(ads, options, progress);

    /// <summary>Builds a near-duplicate ("more like this") index of the store's ads.</summary>
    public static NearDuplicateIndex NearDuplicates(AdStore store, NearDuplicateOptions? options = null, Action<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        return NearDuplicateIndex.Build(store.ReadAds(), options, progress);
    }

    /// <summary>Builds a near-duplicate index of ads.</summary>
    public static NearDuplicateIndex NearDuplicates(IEnumerable<Ad> ads, NearDuplicateOptions? options = null, Action<long>? progress = null) =>
        NearDuplicateIndex.Build(ads, options, progress);
}
