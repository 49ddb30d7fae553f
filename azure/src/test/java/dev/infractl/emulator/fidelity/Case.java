package dev.infractl.emulator.fidelity;

/**
 * One client call and what Azure answers to it (written from the REST API specs and docs, not from the emulator).
 * {@code area} groups cases in the report (groups, deployments, storage, ...).
 */
record Case(String area, String name, Check check) {

    /** The exchange: throws {@link Mismatch} (or anything else) when the answer is not Azure's. */
    @FunctionalInterface
    interface Check {
        void run(Clients clients) throws Exception;
    }

    String id() {
        return area + "/" + name;
    }
}
