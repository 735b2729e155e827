namespace Workbench.Synthetic;

/// <summary>What <see cref="SyntheticCorpusWriter.Write"/> produced: counts, files with their hashes, and the validation report.</summary>
/// <param name="Directory">The output directory.</param>
/// <param name="Ads">Ads written (equal to <see cref="SyntheticOptions.Ads"/>).</param>
/// <param name="Actors">Planted actors (advertisers).</param>
/// <param name="Personas">Planted personas.</param>
/// <param name="Trips">Planted trips.</param>
/// <param name="DetectionListPopulation">True population size behind the detection lists.</param>
/// <param name="Events">Planted events.</param>
/// <param name="Files">Files written, in a fixed order.</param>
/// <param name="Report">Validation of the corpus against the specification's targets.</param>
public sealed record SyntheticCorpusSummary(
    string Directory,
    int Ads,
    int Actors,
    int Personas,
    int Trips,
    int DetectionListPopulation,
    IReadOnlyList<PlantedEvent> Events,
    IReadOnlyList<SyntheticFile> Files,
    SyntheticValidationReport Report);
