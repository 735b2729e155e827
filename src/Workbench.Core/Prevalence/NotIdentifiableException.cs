namespace Workbench.Prevalence;

/// <summary>
/// Thrown when a requested estimate is not identifiable from the data (for example a pairwise term whose two lists
/// never overlap, whose coefficient diverges): the estimator refuses to report a number rather than report a wrong one.
/// </summary>
public sealed class NotIdentifiableException : InvalidOperationException
{
    /// <summary>Creates the exception with a message meant for the user.</summary>
    public NotIdentifiableException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the terms that failed the guard.</summary>
    public NotIdentifiableException(string message, IReadOnlyList<GuardFinding> findings) : base(message) => Findings = findings;

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public NotIdentifiableException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception with no message.</summary>
    public NotIdentifiableException() { }

    /// <summary>The terms that failed the guard, when known.</summary>
    public IReadOnlyList<GuardFinding> Findings { get; } = [];
}
