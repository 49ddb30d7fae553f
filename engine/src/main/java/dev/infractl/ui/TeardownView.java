package dev.infractl.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.app.GroupResource;
import dev.infractl.app.TeardownEvent;
import dev.infractl.config.JsonFiles;
import java.io.PrintWriter;

/**
 * {@code down}: the plan, then one line per deletion with its elapsed time; progress on stderr, the plan and the
 * outcome on stdout. With --output json one object per line, the last {@code {"event":"finished",...}}.
 */
public final class TeardownView {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;

    public TeardownView(PrintWriter out, PrintWriter err, boolean json) {
        this.out = out;
        this.err = err;
        this.json = json;
    }

    public void show(TeardownEvent event) {
        if (json) {
            out.println(json(event));
        } else {
            text(event);
        }
        out.flush();
        err.flush();
    }

    private void text(TeardownEvent event) {
        if (event instanceof TeardownEvent.Planned planned) {
            planned.removals().forEach(resource -> out.println("delete  " + describe(resource)));
            planned.kept().forEach(kept -> out.println("keep    " + describe(kept.resource()) + ": " + kept.reason()));
        } else if (event instanceof TeardownEvent.Deleting deleting) {
            err.println("deleting " + describe(deleting.resource()) + " ...");
        } else if (event instanceof TeardownEvent.StillDeleting still) {
            err.println("  still deleting " + still.resource().shortName() + " (" + Durations.brief(still.elapsed()) + ")");
        } else if (event instanceof TeardownEvent.Deleted deleted) {
            err.println("deleted " + describe(deleted.resource()) + " in " + Durations.brief(deleted.elapsed()));
        } else if (event instanceof TeardownEvent.Requested requested) {
            err.println("deletion of " + requested.resource().shortName() + " requested (not waiting)");
        } else if (event instanceof TeardownEvent.Finished finished) {
            out.println(switch (finished.status()) {
                case SUCCEEDED -> finished.deleted().size() + " resource(s) deleted in " + Durations.brief(finished.elapsed()) + ".";
                case REQUESTED -> "Deletions requested; Azure finishes them in the background.";
                case NOTHING_TO_DO -> "Nothing of this project's to delete.";
                case CANCELLED -> "Nothing deleted.";
                case TIMED_OUT -> "Stopped waiting; the deletion goes on in Azure.";
                case INTERRUPTED -> "Stopped waiting; the deletion goes on in Azure.";
            });
        }
    }

    private static ObjectNode json(TeardownEvent event) {
        ObjectNode line = JsonFiles.MAPPER.createObjectNode();
        if (event instanceof TeardownEvent.Planned planned) {
            line.put("event", "planned");
            ArrayNode removals = line.putArray("delete");
            planned.removals().forEach(resource -> removals.add(resource(resource)));
            ArrayNode kept = line.putArray("keep");
            planned.kept().forEach(entry -> kept.add(resource(entry.resource()).put("reason", entry.reason())));
        } else if (event instanceof TeardownEvent.Deleting deleting) {
            line.setAll(resource(deleting.resource()).put("event", "deleting").put("state", "Deleting"));
        } else if (event instanceof TeardownEvent.StillDeleting still) {
            line.setAll(resource(still.resource()).put("event", "deleting").put("state", "Deleting")
                    .put("elapsedSeconds", still.elapsed().toSeconds()));
        } else if (event instanceof TeardownEvent.Deleted deleted) {
            line.setAll(resource(deleted.resource()).put("event", "deleted").put("state", "Deleted")
                    .put("elapsedSeconds", deleted.elapsed().toSeconds()));
        } else if (event instanceof TeardownEvent.Requested requested) {
            line.setAll(resource(requested.resource()).put("event", "deleteRequested").put("state", "Deleting"));
        } else if (event instanceof TeardownEvent.Finished finished) {
            line.put("event", "finished").put("status", status(finished.status())).put("deleted", finished.deleted().size())
                    .put("elapsedSeconds", finished.elapsed().toSeconds());
        } else if (event instanceof TeardownEvent.Kept kept) {
            line.setAll(resource(kept.resource()).put("event", "kept").put("reason", kept.reason()));
        }
        return line;
    }

    private static String status(TeardownEvent.Status status) {
        return switch (status) {
            case SUCCEEDED -> "Succeeded";
            case REQUESTED -> "Requested";
            case NOTHING_TO_DO -> "NothingToDo";
            case CANCELLED -> "Cancelled";
            case TIMED_OUT -> "TimedOut";
            case INTERRUPTED -> "Interrupted";
        };
    }

    private static ObjectNode resource(GroupResource resource) {
        return JsonFiles.MAPPER.createObjectNode().put("resourceType", resource.type()).put("resourceName", resource.shortName())
                .put("resourceId", resource.id());
    }

    private static String describe(GroupResource resource) {
        return ResourceKinds.friendly(resource.type()) + " " + resource.shortName();
    }
}
