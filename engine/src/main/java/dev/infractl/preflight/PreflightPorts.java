package dev.infractl.preflight;

/** What a preflight asks Azure through; one adapter per concern. */
public record PreflightPorts(GpuCapacity gpus, StorageNames storageNames, ProviderRegistry providers,
                             GroupPermissions permissions) {
}
