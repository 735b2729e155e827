using Workbench.Reference;

namespace Workbench.Tests.Reference;

public class CanadaGeographyTests
{
    [Fact]
    public void Embedded_tables_equal_the_shared_reference_files()
    {
        var shared = Path.Combine(RepoPaths.Root, "..", "shared", "data");
        if (!Directory.Exists(shared)) return; // a clone without shared/ beside it has only the embedded copy
        foreach (var file in new[] { "canada-cities.csv", "canada-provinces.csv" })
        {
            var embedded = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "Workbench.Core", "Reference", file));
            Assert.Equal(File.ReadAllText(Path.Combine(shared, file)), embedded);
        }
    }

    [Fact]
    public void Provinces_sum_to_the_2021_census_total()
    {
        Assert.Equal(13, CanadaGeography.Provinces.Count);
        Assert.Equal(36_991_981, CanadaGeography.Provinces.Sum(p => (long)p.Population2021));
    }

    [Theory]
    [InlineData("Montréal", "Montreal")]
    [InlineData("MTL", "Montreal")]
    [InlineData("yyc", "Calgary")]
    [InlineData("Trois-Rivières", "Trois-Rivieres")]
    [InlineData("Mississauga", "Toronto")]
    public void FindCity_resolves_names_and_aliases(string written, string expected)
    {
        Assert.Equal(expected, CanadaGeography.FindCity(written)?.Name);
    }

    [Fact]
    public void DistanceKm_between_Toronto_and_Montreal_is_about_504_km()
    {
        var toronto = CanadaGeography.FindCity("Toronto")!;
        var montreal = CanadaGeography.FindCity("Montreal")!;
        var km = CanadaGeography.DistanceKm(toronto.Lat, toronto.Lon, montreal.Lat, montreal.Lon);
        Assert.InRange(km, 495, 515);
    }
}
