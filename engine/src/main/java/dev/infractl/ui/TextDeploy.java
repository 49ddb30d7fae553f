package dev.infractl.ui;

import dev.infractl.app.AppEvent;
import dev.infractl.app.DeployResult;
import dev.infractl.app.Replica;
import dev.infractl.sync.SyncEvent;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/**
 * {@code deploy} for people: progress on stderr (a bar of files and bytes redrawn in place on a terminal,
 * one line per file otherwise), the dry-run listing and the result on stdout.
 */
public final class TextDeploy implements DeployView {

    private static final int BAR = 30;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final SyncTally tally = new SyncTally();
    private boolean barDrawn;

    public TextDeploy(PrintWriter out, PrintWriter err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void sync(SyncEvent event) {
        tally.count(event);
        if (event instanceof SyncEvent.Planned planned) {
            planned(planned);
        } else if (event instanceof SyncEvent.Uploaded uploaded) {
            if (terminal) {
                drawBar();
            } else {
                err.println("uploaded " + uploaded.path() + " (" + Sizes.of(uploaded.bytes()) + ")");
            }
        } else if (event instanceof SyncEvent.Deleted deleted) {
            line("deleted  " + deleted.path());
        } else if (event instanceof SyncEvent.Skipped skipped) {
            line("skipped  " + skipped.path() + ": " + skipped.reason());
        } else if (event instanceof SyncEvent.Failed failed) {
            line("failed   " + failed.path() + ": " + failed.message());
        } else if (event instanceof SyncEvent.Warning warning) {
            line("warning: " + warning.path() + ": " + warning.message());
        }
        err.flush();
    }

    @Override
    public void app(AppEvent event) {
        if (event instanceof AppEvent.RestartingUnchanged) {
            line("no code changed; restarting anyway so the app reloads the model from the share. On Azure this is a"
                    + " GPU replica's whole start-up (about 20 minutes); --no-restart skips it.");
        } else if (event instanceof AppEvent.Restarted restarted) {
            line("restarted revision " + restarted.revision());
        } else if (event instanceof AppEvent.ReplicasChanged changed) {
            line("replicas of " + changed.revision() + ": " + (changed.replicas().isEmpty() ? "none yet"
                    : changed.replicas().stream().map(TextDeploy::replica).collect(Collectors.joining(", "))));
        } else if (event instanceof AppEvent.EndpointChecked checked) {
            line("waiting for " + checked.endpoint() + ": " + (checked.status() == 0 ? "no answer yet"
                    : "HTTP " + checked.status()) + " after " + Durations.brief(checked.waited()));
        } else if (event instanceof AppEvent.Ready ready) {
            line(ready.endpoint() + " answers 200 after " + Durations.brief(ready.waited()));
        } else if (event instanceof AppEvent.StageReached reached) {
            line("replica " + reached.replica() + ": " + reached.stage().display() + " at " + Durations.brief(reached.elapsed())
                    + (reached.previous() == null ? "" : " (" + reached.previous().display() + " took "
                    + Durations.brief(reached.previousLasted()) + ")"));
        } else if (event instanceof AppEvent.SystemEventsRead read) {
            line("  the environment's latest system events (`infractl logs --system`):");
            read.lines().forEach(text -> line("    " + text));
        } else if (event instanceof AppEvent.Stalled stalled) {
            line("warning: replica " + stalled.replica() + " stalled: " + stalled.stage().display() + " for "
                    + Durations.brief(stalled.lasted()) + " (limit " + Durations.limit(stalled.limit()) + ", --stall-after "
                    + stalled.stage().key() + "=...)\n  usually: " + stalled.stage().meaning() + "\nhint: "
                    + stalled.stage().action());
        }
        err.flush();
    }

    @Override
    public void finished(DeployResult result) {
        endBar();
        var summary = result.summary();
        if (summary == null && tally.requests() > 0) {
            out.println("Stopped after uploading " + files(tally.uploaded()) + " (" + Sizes.of(tally.bytes()) + "), deleted "
                    + tally.deleted() + "; " + tally.requests() + " request" + (tally.requests() == 1 ? "" : "s") + " sent.");
        }
        if (summary != null) {
            String verb = summary.dryRun() ? "Would upload " : "Uploaded ";
            out.println(verb + files(summary.uploaded()) + " ("
                    + Sizes.of(summary.bytesUploaded()) + "), " + (summary.dryRun() ? "delete " : "deleted ")
                    + summary.deleted() + ", " + summary.unchanged() + " unchanged; " + summary.requests() + " request"
                    + (summary.requests() == 1 ? "" : "s") + ".");
        }
        if (result.status() == DeployResult.Status.SUCCEEDED && result.endpoint() != null) {
            out.println("Endpoint: " + result.endpoint());
        }
        out.flush();
        err.flush();
    }

    private void planned(SyncEvent.Planned planned) {
        if (planned.dryRun()) {
            planned.uploads().forEach(file -> out.println("would upload " + file.path() + " (" + Sizes.of(file.size()) + ")"));
            planned.deletes().forEach(path -> out.println("would delete " + path));
            return;
        }
        if (planned.uploads().isEmpty() && planned.deletes().isEmpty()) {
            line("inference/ is up to date (" + files(planned.unchanged()) + " unchanged)");
        } else {
            line("uploading " + files(planned.uploads().size()) + " (" + Sizes.of(planned.bytesToUpload()) + "), deleting "
                    + planned.deletes().size() + ", " + planned.unchanged() + " unchanged");
        }
    }

    private void drawBar() {
        long total = Math.max(1, tally.plannedBytes());
        int filled = (int) Math.min(BAR, BAR * tally.bytes() / total);
        err.print("\r[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + tally.uploaded() + "/" + tally.planned()
                + " files  " + Sizes.of(tally.bytes()) + " / " + Sizes.of(tally.plannedBytes()) + "   ");
        barDrawn = true;
    }

    private void endBar() {
        if (barDrawn) {
            err.println();
            barDrawn = false;
        }
    }

    private void line(String text) {
        endBar();
        err.println(text);
    }

    private static String replica(Replica replica) {
        return replica.name() + " " + replica.state().display();
    }

    private static String files(int count) {
        return count + (count == 1 ? " file" : " files");
    }
}
