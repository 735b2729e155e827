namespace Workbench.Data;

/// <summary>A format reader: streams the records of one file as raw rows.</summary>
internal interface IRowReader : IDisposable
{
    /// <summary>Lines that held no record (blank lines in text formats); counted so that nothing vanishes unseen.</summary>
    long BlankLines { get; }

    /// <summary>Streams the records in file order.</summary>
    IEnumerable<RawRow> Rows();
}
