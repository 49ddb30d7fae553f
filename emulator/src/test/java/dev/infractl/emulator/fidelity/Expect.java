package dev.infractl.emulator.fidelity;

import java.util.Arrays;
import java.util.Objects;

/** Checks that name what Azure answers, in one line, and show what came instead. */
final class Expect {

    private Expect() {
    }

    static Reply status(Reply reply, Integer... azure) {
        if (!Arrays.asList(azure).contains(reply.status())) {
            throw new Mismatch("expected " + join(azure) + ", got " + reply);
        }
        return reply;
    }

    /** An ARM error: the status and {@code error.code} (any of the codes given). */
    static Reply error(Reply reply, int status, String... codes) {
        if (reply.status() != status || !Arrays.asList(codes).contains(reply.errorCode())) {
            throw new Mismatch("expected " + status + " " + String.join("|", codes) + ", got " + reply);
        }
        return reply;
    }

    static Reply field(Reply reply, String pointer, String azure) {
        String actual = reply.json().at(pointer).asText(null);
        if (!Objects.equals(azure, actual)) {
            throw new Mismatch("expected " + pointer + " = " + azure + ", got " + actual + " in " + reply);
        }
        return reply;
    }

    static Reply present(Reply reply, String pointer) {
        if (reply.json().at(pointer).isMissingNode() || reply.json().at(pointer).isNull()) {
            throw new Mismatch("expected " + pointer + " in " + reply);
        }
        return reply;
    }

    static void that(boolean azure, String what) {
        if (!azure) {
            throw new Mismatch(what);
        }
    }

    static void equal(Object azure, Object actual, String what) {
        if (!Objects.equals(azure, actual)) {
            throw new Mismatch(what + ": expected " + azure + ", got " + actual);
        }
    }

    private static String join(Integer... statuses) {
        return String.join("|", Arrays.stream(statuses).map(String::valueOf).toList());
    }
}
