namespace Workbench.Clustering;

/// <summary>One element of a template: a word, or a numbered slot where members differ.</summary>
/// <param name="Word">The word, or null for a slot. A contact position is written as its class (<c>&lt;phone&gt;</c>, <c>&lt;email&gt;</c>, <c>&lt;handle&gt;</c>, <c>&lt;url&gt;</c>).</param>
/// <param name="Slot">The slot's number (0, 1, … in reading order), or −1 for a word.</param>
public readonly record struct TemplateItem(string? Word, int Slot)
{
    /// <summary>Whether this is a slot.</summary>
    public bool IsSlot => Word is null;

    /// <summary>The word, or <c>[*]</c> for a slot.</summary>
    public override string ToString() => Word ?? "[*]";
}
