namespace Workbench.Synthetic;

/// <summary>One statistic of a generated corpus against the target the specification gives for it.</summary>
/// <param name="Metric">What is measured, e.g. <c>posts per phone</c>.</param>
/// <param name="Value">The measured value.</param>
/// <param name="Target">The target as text (e.g. <c>3–5 (~4)</c>); empty for information-only rows.</param>
/// <param name="WithinTarget">Whether the value meets the target; null for information-only rows.</param>
public sealed record ValidationRow(string Metric, double Value, string Target, bool? WithinTarget);
