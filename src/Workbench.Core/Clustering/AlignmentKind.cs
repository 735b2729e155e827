namespace Workbench.Clustering;

/// <summary>Kind of one alignment step of a member to its template (InfoShield's colour code in the template view).</summary>
public enum AlignmentKind
{
    /// <summary>The template's word is in the text.</summary>
    Match,

    /// <summary>The text has another word in the template word's place.</summary>
    Substitution,

    /// <summary>The text has a word the template lacks.</summary>
    Insertion,

    /// <summary>The text lacks a template word.</summary>
    Deletion,

    /// <summary>The words the text puts in a slot (possibly none).</summary>
    Slot,
}
