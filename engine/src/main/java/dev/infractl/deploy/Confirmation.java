package dev.infractl.deploy;

/** Asks the user before something they may not expect, such as creating a resource group. */
@FunctionalInterface
public interface Confirmation {

    boolean confirm(String question);
}
