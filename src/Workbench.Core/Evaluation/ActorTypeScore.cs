using Workbench.Synthetic;

namespace Workbench.Evaluation;

/// <summary>Scores restricted to the ads of one actor type, plus the predicted pairs that join them to other types.</summary>
/// <param name="Type">The actor type.</param>
/// <param name="Ads">Its ads.</param>
/// <param name="Templates">Micro-clusters against the planted templates, within the type.</param>
/// <param name="Actors">Micro-clusters against the planted per-actor micro-clusters, within the type.</param>
/// <param name="Meta">Meta-clusters against the planted actors, within the type.</param>
/// <param name="CrossTypeMicroPairs">Predicted micro-cluster pairs joining an ad of this type with an ad of another.</param>
/// <param name="CrossTypeMetaPairs">Predicted meta-cluster pairs joining an ad of this type with an ad of another.</param>
public sealed record ActorTypeScore(
    ActorType Type, int Ads, PartitionScore Templates, PartitionScore Actors, PartitionScore Meta, long CrossTypeMicroPairs, long CrossTypeMetaPairs);
