package dev.infractl.cli;

import dev.infractl.app.StallRules;
import dev.infractl.app.StartupStage;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** {@code --stall-after assigning=10m,pulling=30m}: the stages named change, the others keep their default. */
final class StallAfterConverter implements CommandLine.ITypeConverter<StallRules> {

    private static final String STAGES = Arrays.stream(StartupStage.values()).filter(s -> s != StartupStage.READY)
            .map(StartupStage::key).collect(Collectors.joining(", "));

    @Override
    public StallRules convert(String value) {
        StallRules rules = StallRules.defaults();
        for (String entry : value.split(",")) {
            String[] parts = entry.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new CommandLine.TypeConversionException("'" + entry.strip() + "' is not STAGE=DURATION; write it like"
                        + " assigning=10m,pulling=30m (stages: " + STAGES + ")");
            }
            StartupStage stage = StartupStage.byKey(parts[0]).filter(s -> s != StartupStage.READY)
                    .orElseThrow(() -> new CommandLine.TypeConversionException("'" + parts[0].strip()
                            + "' is not a start-up stage; stages: " + STAGES));
            Duration limit = new DurationConverter().convert(parts[1]);
            rules = rules.with(stage, limit);
        }
        return rules;
    }
}
