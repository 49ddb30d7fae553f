package dev.infractl.preflight;

/** The storage account name is free across Azure, or taken by our own account in this group. */
record StorageNameCheck(StorageNames names, String account, boolean groupExists) implements PreflightCheck {

    static final String NAME = "storage-name";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckResult run() {
        StorageNames.Availability availability = names.check(account);
        if (availability.available()) {
            return CheckResult.passed(NAME, "storage account name " + account + " is available");
        }
        if ("AlreadyExists".equalsIgnoreCase(availability.reason()) && groupExists && names.existsInGroup(account)) {
            return CheckResult.passed(NAME, "storage account " + account + " already exists in this resource group");
        }
        return CheckResult.failed(NAME, "storage account name " + account + " cannot be used: "
                + availability.message(), "choose another name: --param storageAccountName=NAME (3-24 lower-case"
                + " letters and digits, unique across Azure)");
    }
}
