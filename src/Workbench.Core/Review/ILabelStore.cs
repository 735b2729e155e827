namespace Workbench.Review;

/// <summary>
/// Where review labels live: an embedded file (<see cref="SqliteLabelStore"/>) or a team's PostgreSQL server
/// (<see cref="PostgresLabelStore"/>). Every change is one transaction that appends to the audit log and updates the
/// current labels together, so a killed process leaves either the whole change or none of it. There is no edit or
/// delete: corrections supersede, withdrawals retract, and both stay in the log.
/// </summary>
public interface ILabelStore : IDisposable
{
    /// <summary>Where the store is (file path, or host and database), for messages.</summary>
    string Location { get; }

    /// <summary>Adds a first label of its reviewer for its target.</summary>
    /// <exception cref="ArgumentException">The label breaks a rule of the schema.</exception>
    /// <exception cref="LabelConflictException">The reviewer already has a current label for the target, or the id is taken.</exception>
    LabelAuditEntry Create(Label label, string reason = "");

    /// <summary>Adds a label that replaces <see cref="Label.Supersedes"/>, which must still be current.</summary>
    /// <exception cref="LabelConflictException">The superseded label is unknown, retracted or already superseded.</exception>
    LabelAuditEntry Supersede(Label label, string reason);

    /// <summary>Withdraws a current label.</summary>
    /// <exception cref="LabelConflictException">The label is unknown or no longer current.</exception>
    LabelAuditEntry Retract(string labelId, string actor, string reason);

    /// <summary>The labels in force (neither superseded nor retracted), oldest first.</summary>
    IReadOnlyList<Label> Current();

    /// <summary>
    /// Every label not retracted, current or superseded, in the order they were added: what an export carries so that an
    /// import can replay the supersede chains.
    /// </summary>
    IReadOnlyList<Label> History();

    /// <summary>The whole audit log, in order.</summary>
    IReadOnlyList<LabelAuditEntry> Audit();

    /// <summary>The audit log's stored lines, in order (what <see cref="LabelAuditEntry.Verify"/> checks).</summary>
    IReadOnlyList<string> AuditLines();
}
