package dev.infractl.emulator.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Deploys a corpus template into a group of its own and compares the outputs with what Azure answers. A
 * subscription-scope template (a Bicep main file that makes its group) is deployed at subscription scope and given
 * the group's name as its {@code groupName} parameter.
 */
final class CorpusDeployment {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusDeployment() {
    }

    static Outcome run(CorpusTemplate template, Clients clients) {
        String id = "corpus/" + template.name();
        try {
            String group = "rg-corpus-" + template.name() + "-" + clients.fixtures.runId();
            Reply done;
            if (template.atSubscription()) {
                ObjectNode parameters = (ObjectNode) JSON.readTree(template.parameters());
                parameters.putObject("groupName").put("value", group);
                done = clients.fixtures.deployAtSubscription("corpus-" + template.name() + "-" + clients.fixtures.runId(),
                        template.template(), parameters.toString());
            } else {
                clients.fixtures.makeGroup(group);
                done = clients.fixtures.deploy(group, "corpus", template.template(), template.parameters());
            }
            if (!done.at("/properties/provisioningState").equals("Succeeded")) {
                return Outcome.fail(id, done.at("/properties/provisioningState") + " "
                        + done.json().at("/properties/error").toString());
            }
            List<String> differences = differences(template.expectedOutputs(), done.json().at("/properties/outputs"),
                    Map.of("{subscriptionId}", clients.endpoint.subscriptionId(), "{resourceGroup}", group));
            return differences.isEmpty() ? Outcome.pass(id) : Outcome.fail(id, String.join("; ", differences));
        } catch (Exception | AssertionError e) {
            return Outcome.of(id, e);
        }
    }

    static List<String> differences(JsonNode expected, JsonNode outputs, Map<String, String> placeholders) {
        List<String> differences = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> output = it.next();
            JsonNode actual = outputs.path(output.getKey()).path("value");
            if (!matches(output.getValue(), actual, placeholders)) {
                differences.add("output " + output.getKey() + ": expected " + output.getValue() + ", got "
                        + (actual.isMissingNode() ? "none" : actual));
            }
        }
        return differences;
    }

    private static boolean matches(JsonNode expected, JsonNode actual, Map<String, String> placeholders) {
        if (!expected.isTextual()) {
            return expected.equals(actual);
        }
        String text = expected.asText();
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            text = text.replace(placeholder.getKey(), placeholder.getValue());
        }
        return text.startsWith("~") ? actual.isTextual() && actual.asText().matches(text.substring(1))
                : actual.isTextual() && actual.asText().equals(text);
    }
}
