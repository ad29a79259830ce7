package org.devassign.agent.vfio;

/** A usable IOVA range [start, last] of the IOMMU (type1 IOVA_RANGE capability or IOAS_IOVA_RANGES). */
public record IovaRange(long start, long last) {
}
