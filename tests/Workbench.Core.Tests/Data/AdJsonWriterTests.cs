using Workbench.Data;

namespace Workbench.Tests.Data;

public class AdJsonWriterTests
{
    [Fact]
    public void ToJson_writes_schema_names_in_order_and_omits_empty_fields()
    {
        // Given
        var ad = new Ad
        {
            AdId = "a1",
            PostedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(-5)),
            Body = "Hi \"there\"\nnew line",
            City = "Montréal",
            Phones = ["416 916 0199"],
            StatedAge = 24,
        };

        // When
        var json = AdJsonWriter.ToJson(ad);

        // Then
        Assert.Equal(
            "{\"ad_id\":\"a1\",\"posted_at\":\"2026-01-02T08:04:05Z\",\"body\":\"Hi \\\"there\\\"\\nnew line\","
            + "\"city\":\"Montréal\",\"phones\":[\"416 916 0199\"],\"stated_age\":24}",
            json);
    }
}
