package dev.infractl.emulator.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Every case, in report order, and how to run them: one failing case never stops the others. */
final class Suite {

    private Suite() {
    }

    static List<Case> cases() {
        return Stream.of(SubscriptionCases.all(), GroupCases.all(), DeploymentCases.all(), WhatIfCases.all(),
                ResourceCases.all(), StorageCases.all(), ShareCases.all(), ContainerAppCases.all())
                .flatMap(List::stream).toList();
    }

    static List<Outcome> run(List<Case> cases, Clients clients, Consumer<Outcome> report) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Case each : cases) {
            Outcome outcome;
            try {
                each.check().run(clients);
                outcome = Outcome.pass(each.id());
            } catch (Exception | AssertionError e) {
                outcome = Outcome.of(each.id(), e);
            }
            outcomes.add(outcome);
            report.accept(outcome);
        }
        return outcomes;
    }

    /** {@code label: N/M}, N the passes. */
    static String summary(String label, List<Outcome> outcomes) {
        return label + ": " + outcomes.stream().filter(Outcome::passed).count() + "/" + outcomes.size();
    }
}
