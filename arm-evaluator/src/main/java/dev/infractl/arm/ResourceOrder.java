package dev.infractl.arm;

import dev.infractl.arm.ResourceInstance.DeclaredDependency;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out what each resource waits for (dependsOn by id, name, symbolic name or copy loop; the parent of a
 * nested type; resources read through reference() and list*()) and orders the resources so that each comes
 * after everything it waits for, keeping template order otherwise. A cycle is an InvalidTemplate naming it.
 */
final class ResourceOrder {

    private final List<ResourceInstance> instances;
    private final DeploymentValues values;
    private final List<Set<Integer>> waitsFor = new ArrayList<>();

    ResourceOrder(List<ResourceInstance> instances, DeploymentValues values) {
        this.instances = instances;
        this.values = values;
    }

    /** Planned resources in deployment order, each with the instance it came from. */
    Map<PlannedResource, ResourceInstance> plan() {
        for (ResourceInstance instance : instances) {
            waitsFor.add(dependencies(instance));
        }
        Map<PlannedResource, ResourceInstance> ordered = new LinkedHashMap<>();
        for (int index : topologicalOrder()) {
            ResourceInstance instance = instances.get(index);
            List<String> ids = new ArrayList<>();
            for (int dependency : waitsFor.get(index)) {
                ResourceInstance target = instances.get(dependency);
                if (target.deployed() && !ids.contains(target.id())) {
                    ids.add(target.id());
                }
            }
            ordered.put(new PlannedResource(instance.type(), instance.apiVersion(), instance.name(), instance.id(),
                    instance.condition(), ids, instance.jsonPath()), instance);
        }
        return ordered;
    }

    private Set<Integer> dependencies(ResourceInstance instance) {
        Set<Integer> targets = new LinkedHashSet<>();
        for (DeclaredDependency entry : instance.dependsOn()) {
            List<Integer> found = resolve(entry.target());
            if (found.isEmpty()) {
                throw TemplateException.invalidTemplate("The resource '" + entry.target() + "' at " + entry.jsonPath()
                        + " is not defined in the template.", entry.jsonPath());
            }
            targets.addAll(found);
        }
        ResourceInstance.CopyLoop loop = instance.loop();
        if (loop != null && loop.serial() && loop.index() >= loop.batchSize()) {
            for (ResourceInstance other : instances) {
                if (other.loop() != null && other.jsonPath().equals(instance.jsonPath())
                        && other.loop().index() == loop.index() - loop.batchSize()) {
                    targets.add(other.order());
                }
            }
        }
        String parent = ResourceIds.parentOf(instance.id());
        if (parent != null) {
            targets.addAll(resolve(parent));
        }
        List<String> read = new ArrayList<>();
        ReferenceScanner.scan(instance.body(), instance.jsonPath(),
                values.context().withCopyIndices(instance.copyIndices()), read);
        read.forEach(target -> values.resourceId(target).ifPresent(id -> targets.addAll(resolve(id))));
        targets.remove(instance.order());
        return targets;
    }

    private List<Integer> resolve(String target) {
        List<Integer> found = new ArrayList<>();
        for (ResourceInstance instance : instances) {
            boolean matches = target.startsWith("/") ? instance.id().equalsIgnoreCase(target)
                    : instance.name().equalsIgnoreCase(target)
                    || (instance.type() + "/" + instance.name()).equalsIgnoreCase(target)
                    || target.equalsIgnoreCase(instance.symbolicName())
                    || instance.loop() != null && instance.loop().name().equalsIgnoreCase(target)
                    || declaredInside(instance, target);
            if (matches) {
                found.add(instance.order());
            }
        }
        return found;
    }

    /** A child declared inside its parent's resources may be named by the short name written there, as ARM allows. */
    private static boolean declaredInside(ResourceInstance instance, String target) {
        String path = instance.jsonPath();
        return !target.contains("/") && path.indexOf(".resources") != path.lastIndexOf(".resources")
                && instance.name().toLowerCase(java.util.Locale.ROOT).endsWith("/" + target.toLowerCase(java.util.Locale.ROOT));
    }

    private List<Integer> topologicalOrder() {
        List<Integer> order = new ArrayList<>();
        Set<Integer> placed = new LinkedHashSet<>();
        while (order.size() < instances.size()) {
            int next = -1;
            for (int i = 0; i < instances.size() && next < 0; i++) {
                if (!placed.contains(i) && placed.containsAll(waitsFor.get(i))) {
                    next = i;
                }
            }
            if (next < 0) {
                throw cycle(placed);
            }
            placed.add(next);
            order.add(next);
        }
        return order;
    }

    /** Follows unplaced dependencies from an unplaced resource until one repeats: that is the cycle. */
    private TemplateException cycle(Set<Integer> placed) {
        List<Integer> path = new ArrayList<>();
        int current = 0;
        while (placed.contains(current)) {
            current++;
        }
        while (!path.contains(current)) {
            path.add(current);
            for (int dependency : waitsFor.get(current)) {
                if (!placed.contains(dependency)) {
                    current = dependency;
                    break;
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (int index : path.subList(path.indexOf(current), path.size())) {
            names.add("'" + instances.get(index).id() + "'");
        }
        names.add("'" + instances.get(current).id() + "'");
        ResourceInstance first = instances.get(current);
        return TemplateException.invalidTemplate("Deployment template validation failed: 'Circular dependency detected "
                + "on resource: " + String.join(" -> ", names) + "'. Remove one of these dependsOn entries or "
                + "reference() calls.", first.jsonPath());
    }
}
