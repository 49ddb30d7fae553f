package dev.infractl.reuse;

import dev.infractl.params.ResolvedParameters;
import java.util.Map;

/**
 * What discovery starts from.
 *
 * @param jobName ACA_JOB_NAME of finetuning.config.json, or null
 * @param jobSource where jobName was read, for notes
 * @param groupSuffix the first 5 characters of uniqueString(resourceGroup().id) of the target group
 * @param provisional every layer but discovery merged: the names in effect, and which ones the user set
 * @param projectTags the tags of this project's deployments: what they made is the project's own, declared
 *                    again on every provision rather than reused as it is
 */
public record ReuseRequest(String jobName, String jobSource, NamePrefix prefix, String groupSuffix,
                           ResolvedParameters provisional, Map<String, String> projectTags) {
}
