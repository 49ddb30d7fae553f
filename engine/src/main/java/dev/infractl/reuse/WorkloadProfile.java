package dev.infractl.reuse;

/** One workload profile of an environment: its name (such as {@code GPU}) and type (such as {@code NC24-A100}). */
public record WorkloadProfile(String name, String type) {
}
