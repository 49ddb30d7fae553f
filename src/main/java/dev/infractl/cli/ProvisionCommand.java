package dev.infractl.cli;

import dev.infractl.ExitCode;
import dev.infractl.InfractlException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Placeholder until its issue lands; replaced by the real command. */
@Command(name = "provision", description = "Not built yet.")
final class ProvisionCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        throw new InfractlException(ExitCode.BAD_INPUT, "`provision` is not built yet", null);
    }
}
