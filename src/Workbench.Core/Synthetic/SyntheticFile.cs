namespace Workbench.Synthetic;

/// <summary>One file written by <see cref="SyntheticCorpusWriter"/>, with its SHA-256 so that runs can be compared.</summary>
/// <param name="Name">File name (e.g. <c>ads.jsonl</c>).</param>
/// <param name="Path">Full path.</param>
/// <param name="Bytes">Size in bytes.</param>
/// <param name="Sha256">SHA-256 of the content, 64 lower-case hex digits.</param>
public sealed record SyntheticFile(string Name, string Path, long Bytes, string Sha256);
