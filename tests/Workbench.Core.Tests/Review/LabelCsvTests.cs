using Workbench.Review;

namespace Workbench.Tests.Review;

public class LabelCsvTests
{
    [Fact]
    public void Export_then_import_into_an_empty_store_replays_the_same_labels_and_corrections()
    {
        // Given a store with a corrected label and a rationale with a comma and quotes
        using var dir = new TempDir();
        using var source = SqliteLabelStore.Open(dir.File("a.db"));
        var first = Label.New(LabelTargetKind.MicroCluster, "4", "rv_01", "five names, one \"template\"", organizedActivity: 4, spam: 1);
        source.Create(first);
        source.Supersede(Label.New(LabelTargetKind.MicroCluster, "4", "rv_01", "agency, not a controller", organizedActivity: 2, supersedes: first.LabelId), "second look");
        source.Create(Label.New(LabelTargetKind.Ad, "ad-000017", "rv_02", "spa vocabulary", massageParlour: 5));
        // When exported and imported twice
        LabelCsv.Write(dir.File("labels.csv"), source.History());
        using var target = SqliteLabelStore.Open(dir.File("b.db"));
        var once = LabelCsv.Import(target, LabelCsv.Read(dir.File("labels.csv")), "rv_03");
        var twice = LabelCsv.Import(target, LabelCsv.Read(dir.File("labels.csv")), "rv_03");
        // Then the current labels agree and the second import adds nothing
        Assert.Equal(source.Current(), target.Current());
        Assert.Equal((3, 0), once);
        Assert.Equal((0, 3), twice);
    }

    [Fact]
    public void A_bad_row_is_reported_with_file_line_and_field()
    {
        using var dir = new TempDir();
        var path = dir.Write("bad.csv", string.Join(',', LabelCsv.Columns) + "\n" +
            "l1,micro_cluster,4,9,,,,,why,rv_01,2026-01-01T00:00:00Z,\n");
        var ex = Assert.Throws<InvalidDataException>(() => LabelCsv.Read(path));
        Assert.Contains("bad.csv:2", ex.Message);
        Assert.Contains("organized_activity", ex.Message);
    }

    [Fact]
    public void A_rationale_with_a_raw_phone_number_is_refused_on_import()
    {
        using var dir = new TempDir();
        var path = dir.Write("raw.csv", string.Join(',', LabelCsv.Columns) + "\n" +
            "l1,micro_cluster,4,4,,,,,\"texted 416-321-4567\",rv_01,2026-01-01T00:00:00Z,\n");
        var ex = Assert.Throws<InvalidDataException>(() => LabelCsv.Read(path));
        Assert.Contains("rationale", ex.Message);
        Assert.DoesNotContain("4567", ex.Message);
    }
}
