package dev.infractl.params;

import com.fasterxml.jackson.databind.JsonNode;
import dev.infractl.Problem;
import dev.infractl.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * The template's {@code allowedIpRanges} become Container Apps ingress {@code ipSecurityRestrictions}, whose
 * {@code ipAddressRange} takes an IPv4 or IPv6 address or CIDR range. Anything else fails minutes into the
 * deployment, so each entry is checked here. Parsed by hand: InetAddress would look names up in DNS.
 */
final class IpRanges {

    static final String PARAMETER = "allowedIpRanges";

    private static final String HINT = "write an address such as 203.0.113.7 or a range such as 203.0.113.0/24"
            + " (IPv6: 2001:db8::/32), one per element";

    private IpRanges() {
    }

    static void check(ResolvedParameter parameter, List<Problem> problems) {
        if (!parameter.name().equalsIgnoreCase(PARAMETER) || !parameter.value().isArray()) {
            return;
        }
        for (int i = 0; i < parameter.value().size(); i++) {
            JsonNode entry = parameter.value().get(i);
            Optional<String> why = entry.isTextual() ? violation(entry.asText())
                    : Optional.of("it is " + ShownValues.jsonKind(entry) + ", not a string");
            int index = i;
            why.ifPresent(reason -> problems.add(Problem.of(ShownValues.subject(parameter) + "[" + index + "]: "
                    + ShownValues.of(entry, false) + " is not an IP address or CIDR range (" + reason + ")",
                    element(parameter, index), HINT)));
        }
    }

    /** The element's JSON path beside the array's line and column (the layers keep positions per value). */
    private static SourceLocation element(ResolvedParameter parameter, int index) {
        SourceLocation array = parameter.source() == null ? null : parameter.source().location();
        if (array == null || array.jsonPath() == null) {
            return array;
        }
        return new SourceLocation(array.file(), array.line(), array.column(), array.jsonPath() + "[" + index + "]");
    }

    /** Why {@code range} is not an address or CIDR range that Container Apps accepts, or empty when it is. */
    static Optional<String> violation(String range) {
        if (range.isBlank()) {
            return Optional.of("it is empty");
        }
        if (!range.strip().equals(range) || range.contains(" ")) {
            return Optional.of("it contains a space");
        }
        int slash = range.indexOf('/');
        String address = slash < 0 ? range : range.substring(0, slash);
        boolean v6 = address.contains(":");
        Optional<String> wrong = v6 ? IpAddresses.v6(address) : IpAddresses.v4(address);
        if (wrong.isPresent() || slash < 0) {
            return wrong;
        }
        String prefix = range.substring(slash + 1);
        int max = v6 ? 128 : 32;
        if (!prefix.matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(prefix) > max) {
            return Optional.of("the prefix length after '/' must be 0 to " + max);
        }
        return Optional.empty();
    }
}
