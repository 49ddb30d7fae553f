package dev.infractl.cli;

/**
 * Ends the process without Java 17's pause at exit. The VM waits up to 300 ms for every thread that is blocked
 * in native code (VM_Exit::wait_for_threads_in_native_to_block), and the JDK HTTP client's selector thread always
 * is, in epoll, with no way to close the client before Java 21. Interrupting that thread ends it at once; only
 * the process's last step may do it, since no client works afterwards.
 */
final class QuickExit {

    private QuickExit() {
    }

    static void exit(int code) {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("HttpClient-") && thread.getName().endsWith("-SelectorManager")) {
                thread.interrupt();
            }
        }
        System.exit(code);
    }
}
