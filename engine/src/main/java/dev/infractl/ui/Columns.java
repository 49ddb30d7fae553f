package dev.infractl.ui;

/**
 * Text that must fit a column: cut in the middle with an ellipsis, so both ends of a long name stay readable.
 * Three dots rather than U+2026, which a terminal under LANG=C shows as '?'.
 */
final class Columns {

    private Columns() {
    }

    static String fit(String text, int width) {
        if (text == null || text.length() <= width) {
            return text;
        }
        int head = (width - 3) / 2;
        int tail = width - 3 - head;
        return text.substring(0, head) + "..." + text.substring(text.length() - tail);
    }
}
