namespace Workbench.Anomalies;

/// <summary>
/// One-sided (upward) tabular CUSUM over standardized residuals (Page 1954): S_t = max(0, S_{t−1} + z_t − k); an alarm
/// when S_t &gt; h. Each alarm yields the segment from where the sum last left zero to where it returns to zero (or the
/// end), which estimates both the change point and the end of the rise.
/// </summary>
public static class Cusum
{
    /// <summary>Upward segments (first day, last day inclusive) that raised an alarm. NaN scores reset the sum.</summary>
    public static IReadOnlyList<(int Start, int End)> Segments(ReadOnlySpan<double> z, double k, double h)
    {
        var segments = new List<(int, int)>();
        double s = 0;
        var start = -1;
        var alarmed = false;
        var peakDay = -1;
        var peak = 0.0;
        for (var t = 0; t < z.Length; t++)
        {
            if (double.IsNaN(z[t]))
            {
                if (alarmed) segments.Add((start, peakDay));
                s = 0; start = -1; alarmed = false; peak = 0;
                continue;
            }
            var next = Math.Max(0, s + z[t] - k);
            if (s == 0 && next > 0) { start = t; peak = 0; }
            s = next;
            if (s > peak) { peak = s; peakDay = t; }
            if (s > h) alarmed = true;
            if (s == 0)
            {
                if (alarmed) segments.Add((start, peakDay));
                alarmed = false; start = -1; peak = 0;
            }
        }
        if (alarmed) segments.Add((start, peakDay));
        return segments;
    }
}
