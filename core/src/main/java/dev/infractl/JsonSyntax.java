package dev.infractl;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON parser's complaint in the user's words. Jackson's messages name its own settings
 * ({@code StreamReadFeature...}) and token classes; people need what is wrong at that spot and what to type.
 *
 * @param message what is wrong, without parser internals
 * @param hint how to fix it
 */
public record JsonSyntax(String message, String hint) {

    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.)' \\(code \\d+\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token '([^']*)'");
    private static final Pattern OPENED_AT = Pattern.compile("line: (\\d+), column: (\\d+)");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern CONTROL = Pattern.compile("CTRL-CHAR, code (\\d+)");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.)'");
    private static final Pattern INTERNALS = Pattern.compile("\\s*\\((?:start marker|for \\w+ starting) at \\[Source:.*$"
            + "|\\s*\\[Source:.*$|\\s*`?(?:Stream|Json)ReadFeature\\.\\w+`?|:?\\s*enable\\s*to allow");

    private static final String VALUES = "a string in double quotes, a number, true, false, null, [...] or {...}";

    /** Translates the parser's original message (without its location suffix). */
    public static JsonSyntax of(String parserMessage) {
        String text = parserMessage == null ? "" : parserMessage;
        Matcher match;
        if (text.startsWith("Unexpected end-of-input")) {
            return endOfInput(text);
        }
        if (text.contains("in numeric value")) {
            return new JsonSyntax("an incomplete number", "write digits after '-' and after '.', as in -1 or 0.5");
        }
        if ((match = CHARACTER.matcher(text)).find()) {
            return character(match.group(1), text);
        }
        if ((match = TOKEN.matcher(text)).find()) {
            // the word itself is not repeated: it may be a secure value someone forgot to quote
            String lower = match.group(1).toLowerCase(Locale.ROOT);
            return lower.equals("true") || lower.equals("false") || lower.equals("null")
                    ? new JsonSyntax("'" + match.group(1) + "' is not a JSON value", "write it in lowercase: " + lower)
                    : new JsonSyntax("a word without double quotes", "put text in double quotes; other values are " + VALUES);
        }
        if (text.startsWith("Unexpected close marker") && text.contains("no open")) {
            return new JsonSyntax("an extra '" + text.charAt(25) + "' with nothing open to close",
                    "remove it, or add the opening bracket it should close");
        }
        if ((match = CLOSE.matcher(text)).find()) {
            return new JsonSyntax("'" + match.group(1) + "' closes " + opened(text, match.group(2).equals("]")),
                    "close it with '" + match.group(2) + "', or add the missing '" + (match.group(1).equals("}") ? "{" : "[")
                            + "'");
        }
        if ((match = CONTROL.matcher(text)).find()) {
            boolean lineBreak = match.group(1).equals("10") || match.group(1).equals("13");
            return new JsonSyntax((lineBreak ? "a line break" : "a control character (code " + match.group(1) + ")")
                    + " inside a string", lineBreak ? "keep each string on one line; write a line break as \\n"
                    : "write it as an escape such as \\t, or remove it");
        }
        if ((match = ESCAPE.matcher(text)).find()) {
            return new JsonSyntax("'\\" + match.group(1) + "' is not a JSON escape",
                    "write a backslash as \\\\ (as in \"C:\\\\models\"); JSON escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
        }
        if (text.contains("Leading zeroes")) {
            return new JsonSyntax("a number starts with 0", "write 1, not 01; quote it if it is text: \"01\"");
        }
        if (text.startsWith("Trailing token")) {
            return new JsonSyntax("more text after the end of the JSON document",
                    "remove what follows the document's last '}' (an extra '}' is the usual cause)");
        }
        return new JsonSyntax(INTERNALS.matcher(text).replaceAll("").trim(),
                "fix the JSON syntax at that position (a missing comma or quote is the usual cause)");
    }

    private static JsonSyntax endOfInput(String text) {
        if (text.contains("close marker for")) {
            boolean array = text.contains("for Array");
            return new JsonSyntax("the JSON ends before " + opened(text, array) + " is closed",
                    "add the missing '" + (array ? "]" : "}") + "' at the end, or remove the extra '" + (array ? "[" : "{")
                            + "'");
        }
        if (text.contains("closing quote")) {
            return new JsonSyntax("the JSON ends inside a string", "add the closing \" of the last string");
        }
        if (text.contains("Array entries") || text.contains("Object entries")) {
            boolean array = text.contains("Array entries");
            return new JsonSyntax("the JSON ends inside " + (array ? "an array" : "an object"),
                    "complete it and add the missing '" + (array ? "]" : "}") + "'");
        }
        return new JsonSyntax("the JSON ends in the middle of a value", "complete the value, or remove it");
    }

    private static JsonSyntax character(String found, String text) {
        if (text.contains("double-quote to start field name")) {
            if (found.equals("}")) {
                return new JsonSyntax("a comma before '}'", "remove the last comma: JSON allows no trailing commas");
            }
            if (found.equals("'")) {
                return new JsonSyntax("single quotes are not JSON", "write names and strings in double quotes: \"name\"");
            }
            return new JsonSyntax("a name without double quotes", "write names in double quotes: \"name\": value");
        }
        if (text.contains("colon to separate")) {
            return new JsonSyntax("':' missing between a name and its value", "write \"name\": value");
        }
        if (text.contains("comma to separate")) {
            String what = text.contains("Array") ? "two array elements" : "two members";
            return new JsonSyntax("',' missing between " + what, "add a comma after the previous one");
        }
        if (found.equals("]") && text.contains("expected a valid value")) {
            return new JsonSyntax("a comma before ']'", "remove the last comma: JSON allows no trailing commas");
        }
        if (found.equals("'")) {
            return new JsonSyntax("single quotes are not JSON", "write strings in double quotes: \"text\"");
        }
        return new JsonSyntax("'" + found + "' cannot start a JSON value", "write " + VALUES);
    }

    private static String opened(String text, boolean array) {
        Matcher at = OPENED_AT.matcher(text);
        String what = array ? "the array" : "the object";
        return at.find() ? what + " opened at line " + at.group(1) + ", column " + at.group(2) : what;
    }
}
