package dev.infractl.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * How what-if lines up two arrays before it compares them: not index by index, but by the longest run of equal
 * elements kept in order, so an element inserted in the middle is one Create (at its new index) and a removed one
 * one Delete (at its old index), as in Azure's documented what-if output. Between two kept elements, a removed and
 * an added element that are both objects (or both arrays) pair up as one element changed in place, which what-if
 * shows as a Modify with that element's own changes; removed and added scalars stay a Delete and a Create.
 */
final class ArrayAlignment {

    /** One step of the alignment; {@code before} or {@code after} is null for a Create or a Delete. */
    record Step(int index, JsonNode before, JsonNode after) {
    }

    private ArrayAlignment() {
    }

    /** The changed elements, in order: each hunk's pairs, then its deletes, then its creates. */
    static List<Step> changes(JsonNode before, JsonNode after) {
        int[][] common = commonLengths(before, after);
        List<Step> steps = new ArrayList<>();
        List<Integer> deleted = new ArrayList<>();
        List<Integer> created = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            if (i < before.size() && j < after.size() && before.get(i).equals(after.get(j))) {
                hunk(before, after, deleted, created, steps);
                i++;
                j++;
            } else if (j >= after.size() || i < before.size() && common[i + 1][j] >= common[i][j + 1]) {
                deleted.add(i++);
            } else {
                created.add(j++);
            }
        }
        hunk(before, after, deleted, created, steps);
        return steps;
    }

    private static void hunk(JsonNode before, JsonNode after, List<Integer> deleted, List<Integer> created, List<Step> steps) {
        int pairs = 0;
        while (pairs < Math.min(deleted.size(), created.size())
                && sameShape(before.get(deleted.get(pairs)), after.get(created.get(pairs)))) {
            steps.add(new Step(deleted.get(pairs), before.get(deleted.get(pairs)), after.get(created.get(pairs))));
            pairs++;
        }
        deleted.subList(pairs, deleted.size()).forEach(index -> steps.add(new Step(index, before.get(index), null)));
        created.subList(pairs, created.size()).forEach(index -> steps.add(new Step(index, null, after.get(index))));
        deleted.clear();
        created.clear();
    }

    private static boolean sameShape(JsonNode before, JsonNode after) {
        return before.isObject() && after.isObject() || before.isArray() && after.isArray();
    }

    /** {@code common[i][j]}: how many elements of before[i..] and after[j..] line up at most. */
    private static int[][] commonLengths(JsonNode before, JsonNode after) {
        int[][] common = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        return common;
    }
}
