package dev.infractl.arm.expression;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** string(), json(), null() and the base64/URI encodings of the string functions page. */
final class ConversionFunctions {

    private ConversionFunctions() {
    }

    static void register(Map<String, TemplateFunction> functions) {
        functions.put("string", call -> JsonValues.text(JsonValues.toText(call.expectCount(1, 1).value(0))));
        functions.put("json", call -> json(call, call.expectCount(1, 1).string(0)));
        functions.put("null", call -> {
            call.expectCount(0, 0);
            return JsonValues.nullValue();
        });
        functions.put("base64", call -> JsonValues.text(Base64.getEncoder().encodeToString(
                call.expectCount(1, 1).string(0).getBytes(StandardCharsets.UTF_8))));
        functions.put("base64ToString", call -> JsonValues.text(fromBase64(call, call.expectCount(1, 1).string(0))));
        functions.put("base64ToJson", call -> json(call, fromBase64(call, call.expectCount(1, 1).string(0))));
        functions.put("dataUri", DataUris::encode);
        functions.put("dataUriToString", DataUris::decode);
        functions.put("uri", ConversionFunctions::uri);
        functions.put("uriComponent", call -> JsonValues.text(PercentEncoding.encode(call.expectCount(1, 1).string(0))));
        functions.put("uriComponentToString", call -> JsonValues.text(
                PercentEncoding.decode(call.expectCount(1, 1).string(0))));
    }

    private static JsonNode json(Invocation call, String text) {
        try {
            JsonNode value = JsonValues.parse(text);
            return value == null || value.isMissingNode() ? JsonValues.nullValue() : value;
        } catch (JsonProcessingException e) {
            throw call.fail("the argument is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String fromBase64(Invocation call, String text) {
        try {
            return new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw call.fail("the argument is not valid base64");
        }
    }

    /** Resolves a relative URI against a base, as .NET's Uri(Uri, string) does. */
    private static JsonNode uri(Invocation call) {
        call.expectCount(2, 2);
        try {
            return JsonValues.text(URI.create(call.string(0)).resolve(call.string(1)).toString());
        } catch (IllegalArgumentException e) {
            throw call.fail("the arguments do not make a valid URI: " + e.getMessage());
        }
    }
}
