using Workbench.Data;
using Workbench.Graphs;

namespace Workbench.Tests.Graphs;

public class MovementTests
{
    private static readonly DateTimeOffset T0 = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static Ad Ad(string id, double day, string city, string province) => new()
    {
        AdId = id, PostedAt = T0.AddDays(day), Body = "x", City = city, Province = province,
    };

    [Fact]
    public void A_tour_along_the_401_gives_visits_transitions_and_a_repeated_circuit()
    {
        // Given Toronto → Ottawa → Toronto → Ottawa → Toronto, two ads per stay
        var cities = new[] { ("Toronto", "ON"), ("Ottawa", "ON"), ("Toronto", "ON"), ("Ottawa", "ON"), ("Toronto", "ON") };
        var ads = cities.SelectMany((c, k) => new[] { Ad($"a{k}x", k * 5, c.Item1, c.Item2), Ad($"a{k}y", (k * 5) + 2, c.Item1, c.Item2) }).ToArray();

        // When
        var (visits, transitions) = Movement.Trace(ads, new int[ads.Length]);

        // Then
        Assert.Equal(5, visits.Count);
        Assert.All(visits, v => Assert.Equal(2, v.DwellDays, 6));
        Assert.Equal(4, transitions.Count);
        Assert.All(transitions, t => Assert.InRange(t.DistanceKm, 340, 370));
        Assert.All(transitions, t => Assert.False(t.Implausible));
        var flow = Movement.Flows(transitions);
        Assert.Equal(2, flow.Count);
        var circuit = Assert.Single(Movement.Circuits(visits));
        Assert.Equal(["Toronto, ON", "Ottawa, ON", "Toronto, ON"], circuit.Cities);
        Assert.Equal(2, circuit.Times);
        var (names, counts) = Movement.TransitionMatrix(transitions);
        Assert.Equal(2, counts[names.ToList().IndexOf("Toronto, ON"), names.ToList().IndexOf("Ottawa, ON")]);
    }

    [Fact]
    public void Vancouver_to_Halifax_in_an_hour_is_flagged_as_a_data_problem()
    {
        // Given two ads an hour apart across the country
        var ads = new[] { Ad("a", 0, "Vancouver", "BC"), Ad("b", 1.0 / 24, "Halifax", "NS") };

        // When
        var (_, transitions) = Movement.Trace(ads, [0, 0]);

        // Then
        var t = Assert.Single(transitions);
        Assert.True(t.Implausible);
        Assert.True(t.SpeedKmPerDay > 10_000);
        Assert.Empty(Movement.Flows(transitions));
    }

    [Fact]
    public void Groups_do_not_mix_and_unlabelled_ads_are_skipped()
    {
        // Given two groups in different cities, interleaved in time, and an unlabelled ad
        var ads = new[] { Ad("a", 0, "Calgary", "AB"), Ad("b", 1, "Edmonton", "AB"), Ad("c", 2, "Calgary", "AB"), Ad("d", 3, "Edmonton", "AB"), Ad("e", 4, "Regina", "SK") };

        // When
        var (visits, transitions) = Movement.Trace(ads, [0, 1, 0, 1, -1]);

        // Then: each group stays put
        Assert.Empty(transitions);
        Assert.Equal(2, visits.Count);
    }
}
