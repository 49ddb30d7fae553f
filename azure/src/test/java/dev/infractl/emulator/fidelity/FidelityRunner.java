package dev.infractl.emulator.fidelity;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Measures how closely an emulator answers as Azure does (scripts/fidelity.sh starts one and runs this):
 * one line per case, PASS or FAIL with the reason, then {@code fidelity: N/M} and {@code corpus: N/M}.
 * A measurement, so it exits 0 whatever it finds; {@code --strict} exits 1 on any FAIL.
 *
 * <p>Usage: {@code FidelityRunner [--strict] [--cases|--corpus] ENDPOINT_FILE}, the file holding the first line
 * {@code infractl emulator} prints.
 */
public final class FidelityRunner {

    private FidelityRunner() {
    }

    public static void main(String[] args) throws IOException {
        boolean strict = false;
        boolean cases = true;
        boolean corpus = true;
        Path endpointFile = null;
        for (String arg : args) {
            switch (arg) {
                case "--strict" -> strict = true;
                case "--cases" -> corpus = false;
                case "--corpus" -> cases = false;
                default -> {
                    if (arg.startsWith("-") || endpointFile != null) {
                        System.err.println("usage: FidelityRunner [--strict] [--cases|--corpus] ENDPOINT_FILE");
                        System.exit(2);
                    }
                    endpointFile = Path.of(arg);
                }
            }
        }
        if (endpointFile == null || !Files.isRegularFile(endpointFile)) {
            System.err.println("fidelity: give the file holding the emulator's first line (infractl emulator prints it)");
            System.exit(2);
        }
        Endpoint endpoint = Endpoint.fromLine(Files.readAllLines(endpointFile).get(0));
        boolean failed = run(endpoint, cases, corpus, System.out);
        System.exit(strict && failed ? 1 : 0);
    }

    /** Runs the cases and/or the corpus against one emulator; true when anything failed. */
    static boolean run(Endpoint endpoint, boolean cases, boolean corpus, PrintStream out) {
        Clients clients = new Clients(endpoint, runId());
        List<String> summaries = new ArrayList<>();
        boolean failed = false;
        if (cases) {
            List<Outcome> outcomes = Suite.run(Suite.cases(), clients, outcome -> out.println(outcome.line()));
            summaries.add(Suite.summary("fidelity", outcomes));
            failed = outcomes.stream().anyMatch(outcome -> !outcome.passed());
        }
        if (corpus) {
            List<Outcome> outcomes = new ArrayList<>();
            for (CorpusTemplate template : CorpusTemplate.all()) {
                Outcome outcome = CorpusDeployment.run(template, clients);
                out.println(outcome.line());
                outcomes.add(outcome);
            }
            summaries.add(Suite.summary("corpus", outcomes));
            failed |= outcomes.stream().anyMatch(outcome -> !outcome.passed());
        }
        summaries.forEach(out::println);
        return failed;
    }

    /** Six characters for names, so runs against one emulator never collide. */
    static String runId() {
        Random random = new Random();
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            id.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(random.nextInt(36)));
        }
        return id.toString().toLowerCase(Locale.ROOT);
    }
}
