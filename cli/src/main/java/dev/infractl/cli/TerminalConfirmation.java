package dev.infractl.cli;

import dev.infractl.deploy.Confirmation;
import java.io.Console;

/** Yes with --yes; otherwise asks on the terminal; with no terminal (CI) the answer is no. */
final class TerminalConfirmation implements Confirmation {

    private final boolean yes;

    TerminalConfirmation(boolean yes) {
        this.yes = yes;
    }

    @Override
    public boolean confirm(String question) {
        if (yes) {
            return true;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        String answer = console.readLine("%s [y/N] ", question);
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
    }
}
