package dev.infractl.preflight;

/** A resource provider the template needs is registered (or, when asked, being registered). */
record ProviderCheck(ProviderRegistry providers, String namespace, boolean register) implements PreflightCheck {

    @Override
    public String name() {
        return "provider " + namespace;
    }

    @Override
    public CheckResult run() {
        String state = providers.state(namespace);
        if ("Registered".equalsIgnoreCase(state)) {
            return CheckResult.passed(name(), namespace + " is registered");
        }
        if (register) {
            String after = providers.register(namespace);
            return CheckResult.passed(name(), namespace + " was " + state + "; registration requested, now " + after);
        }
        return CheckResult.failed(name(), namespace + " is " + state + " in the subscription",
                "pass --register-providers, or run `az provider register --namespace " + namespace + "`");
    }
}
