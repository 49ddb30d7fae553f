package dev.infractl.reuse;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prefix a generation of the AI Toolkit's templates puts before each derived name: {@code ai} today,
 * {@code wasi} before. Each name is prefix + kind + the first 5 characters of uniqueString(resourceGroup().id).
 *
 * @param reason where the prefix was seen, for provenance
 */
public record NamePrefix(String prefix, String reason) {

    private static final Pattern NAMED = Pattern.compile("'(wasi|ai)(?:storage|fileshare|env|log|acajob|acaapp)");

    /** Template parameter to the kind word of its derived name. */
    private static final Map<String, String> KIND = Map.of(
            "storageAccountName", "storage",
            "fileShareName", "fileshare",
            "acaEnvironmentName", "env",
            "acaEnvironmentStorageName", "envstorage",
            "acaLogAnalyticsName", "log",
            "acaAppName", "acaapp");

    public static NamePrefix standard() {
        return new NamePrefix("ai", "the AI Toolkit's current names");
    }

    /**
     * The fine-tuning config's names tell the generation best (they are what exists); then the fine-tuning
     * template; {@code ai} otherwise.
     */
    public static NamePrefix detect(Map<String, String> finetuningConfig, Optional<String> finetuningBicep) {
        for (String key : new String[] {"ACA_JOB_NAME", "STORAGE_ACCOUNT_NAME", "FILE_SHARE_NAME"}) {
            String value = finetuningConfig.get(key);
            if (value != null && value.startsWith("wasi")) {
                return new NamePrefix("wasi", "finetuning.config.json " + key);
            }
            if (value != null && value.startsWith("ai")) {
                return new NamePrefix("ai", "finetuning.config.json " + key);
            }
        }
        if (finetuningBicep.isPresent()) {
            Matcher matcher = NAMED.matcher(finetuningBicep.get());
            if (matcher.find()) {
                return new NamePrefix(matcher.group(1), "finetuning.bicep");
            }
        }
        return standard();
    }

    /** The name this generation derives for {@code parameter} in a group whose unique string starts with {@code suffix}. */
    public Optional<String> derive(String parameter, String suffix) {
        return Optional.ofNullable(KIND.get(parameter)).map(kind -> prefix + kind + suffix);
    }
}
