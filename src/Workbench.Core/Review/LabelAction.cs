namespace Workbench.Review;

/// <summary>What an audit entry records (<c>action</c> in <c>data-schemas/label-audit.md</c>).</summary>
public enum LabelAction
{
    /// <summary>A first label of a reviewer for a target.</summary>
    Create,

    /// <summary>A new label replaces an earlier one.</summary>
    Supersede,

    /// <summary>A label is withdrawn without replacement.</summary>
    Retract,
}
