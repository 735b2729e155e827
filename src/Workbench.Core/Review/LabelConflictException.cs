namespace Workbench.Review;

/// <summary>
/// A change based on a state that another reviewer has changed meanwhile (the label to supersede is no longer
/// current, or the reviewer already has a current label for the target). Nothing was written: reload and decide again,
/// so that no one's update is silently lost.
/// </summary>
public sealed class LabelConflictException(string message) : InvalidOperationException(message);
