package dev.infractl.app;

import dev.infractl.deploy.ProjectTag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What {@code down} removes and what it keeps, decided before anything is sent. A resource is this project's
 * when it carries the project tag or one of the project's deployments created it; fine-tuning's resources are
 * never removed; without {@code --all} only the container app goes; the storage account and share (the model
 * lives there) stay unless {@code --delete-data}. Resources under a removed parent go with it.
 */
public record TeardownPlan(List<GroupResource> removals, List<TeardownEvent.Kept> kept) {

    private static final List<String> ORDER = List.of("Microsoft.App/containerApps", "Microsoft.App/managedEnvironments/storages",
            "Microsoft.App/managedEnvironments", "Microsoft.OperationalInsights/workspaces",
            "Microsoft.Storage/storageAccounts/fileServices/shares", "Microsoft.Storage/storageAccounts/fileServices",
            "Microsoft.Storage/storageAccounts");

    /**
     * @param created lower-cased ids the project's deployments created
     * @param sharedNames names fine-tuning uses (its storage account, share, environment), in any case
     */
    public static TeardownPlan of(List<GroupResource> resources, Set<String> created, ProjectTag project, Set<String> sharedNames,
                                  boolean all, boolean deleteData) {
        List<GroupResource> removals = new ArrayList<>();
        List<TeardownEvent.Kept> kept = new ArrayList<>();
        for (GroupResource resource : resources) {
            boolean owned = project.value().equals(resource.tags().get(ProjectTag.KEY))
                    || created.contains(resource.id().toLowerCase(Locale.ROOT));
            boolean shared = isShared(resource, resources, sharedNames);
            String reason;
            if (!owned) {
                reason = shared ? "shared with fine-tuning" : "not created by this project";
            } else if (shared) {
                reason = "shared with fine-tuning";
            } else if (!all && !resource.isType("Microsoft.App/containerApps")) {
                reason = "kept without --all";
            } else if (isData(resource) && !deleteData) {
                reason = "holds the model and data; --delete-data removes it";
            } else {
                removals.add(resource);
                continue;
            }
            kept.add(new TeardownEvent.Kept(resource, reason));
        }
        List<GroupResource> explicit = removals.stream()
                .filter(resource -> removals.stream().noneMatch(resource::isUnder))
                .sorted(Comparator.comparingInt(TeardownPlan::rank))
                .toList();
        List<TeardownEvent.Kept> shown = kept.stream()
                .filter(entry -> kept.stream().noneMatch(other -> entry.resource().isUnder(other.resource())))
                .toList();
        return new TeardownPlan(explicit, shown);
    }

    public boolean empty() {
        return removals.isEmpty();
    }

    private static boolean isShared(GroupResource resource, List<GroupResource> all, Set<String> sharedNames) {
        if (named(resource, sharedNames)) {
            return true;
        }
        return all.stream().anyMatch(parent -> resource.isUnder(parent) && named(parent, sharedNames)
                && !parent.isType("Microsoft.Storage/storageAccounts/fileServices"));
    }

    private static boolean named(GroupResource resource, Set<String> names) {
        return names.stream().anyMatch(name -> name.equalsIgnoreCase(resource.shortName()));
    }

    private static boolean isData(GroupResource resource) {
        return resource.type().toLowerCase(Locale.ROOT).startsWith("microsoft.storage/storageaccounts");
    }

    private static int rank(GroupResource resource) {
        for (int i = 0; i < ORDER.size(); i++) {
            if (resource.isType(ORDER.get(i))) {
                return i;
            }
        }
        return ORDER.size();
    }
}
