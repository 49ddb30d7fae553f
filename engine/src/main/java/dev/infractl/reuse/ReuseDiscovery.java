package dev.infractl.reuse;

/**
 * Reuse by discovery (DESIGN.md, "The template"): before submitting, look at what exists. The fine-tuning job
 * named in finetuning.config.json tells the environment, its GPU profile and storage link, and through the
 * environment's logs the workspace; without a job, the names the project's generation derives are looked up.
 * What is found becomes parameter values with provenance and the template's reuse switches, so an existing
 * shared resource is referenced as it is, never declared again with other settings.
 */
public final class ReuseDiscovery {

    private final ExistingResources existing;

    public ReuseDiscovery(ExistingResources existing) {
        this.existing = existing;
    }

    public Findings discover(ReuseRequest request) {
        RememberedResources remembered = new RememberedResources(existing);
        DiscoveryRun run = new DiscoveryRun(remembered, request);
        remembered.ahead(run.surelyAsked());
        return run.run();
    }
}
