package dev.infractl.params;

import java.util.Optional;

/** IPv4 and IPv6 address syntax, each answering why a text is not one. */
final class IpAddresses {

    private IpAddresses() {
    }

    static Optional<String> v4(String address) {
        String[] parts = address.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.of("an IPv4 address has 4 numbers separated by dots");
        }
        for (String part : parts) {
            if (!part.matches("[0-9]{1,3}")) {
                return Optional.of("'" + part + "' is not a number from 0 to 255");
            }
            if (Integer.parseInt(part) > 255) {
                return Optional.of(part + " is above 255");
            }
            if (part.length() > 1 && part.startsWith("0")) {
                return Optional.of("'" + part + "' has a leading zero");
            }
        }
        return Optional.empty();
    }

    static Optional<String> v6(String address) {
        int compressed = address.indexOf("::");
        if (compressed >= 0 && address.indexOf("::", compressed + 1) >= 0) {
            return Optional.of("'::' may appear only once in an IPv6 address");
        }
        if (address.startsWith(":") && !address.startsWith("::") || address.endsWith(":") && !address.endsWith("::")) {
            return Optional.of("an IPv6 address does not start or end with a single ':'");
        }
        String[] groups = address.split(":", -1);
        int count = 0;
        for (int i = 0; i < groups.length; i++) {
            String group = groups[i];
            boolean last = i == groups.length - 1;
            if (group.isEmpty()) {
                // only '::' leaves empty groups: single colons at either end were refused above
                continue;
            }
            if (last && group.contains(".")) {
                Optional<String> tail = v4(group);
                if (tail.isPresent()) {
                    return tail;
                }
                count += 2;
            } else if (group.matches("[0-9A-Fa-f]{1,4}")) {
                count++;
            } else {
                return Optional.of("'" + group + "' is not a group of 1-4 hex digits");
            }
        }
        if (compressed < 0 ? count != 8 : count > 7) {
            return Optional.of("an IPv6 address has 8 groups of hex digits (or fewer with '::')");
        }
        return Optional.empty();
    }
}
