package dev.infractl.preflight;

/** A region where the GPU profile is offered and the quota covers the deployment. */
public record RegionFit(String region, long limit, long inUse, long needed) {

    public long free() {
        return Math.max(0, limit - inUse);
    }

    public String describe() {
        return region + " (limit " + limit + ", in use " + inUse + ", " + free() + " free)";
    }
}
