package dev.infractl.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.infractl.emulator.files.FileServiceEmulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Shares made on the Azure Files data plane (Create Share) are Resource Manager resources too, as in Azure:
 * {@code .../fileServices/default/shares/NAME} answers for them with the properties a new share has.
 */
final class DataPlaneShares {

    private static final Pattern COLLECTION = Pattern.compile(
            "^(.*/providers/Microsoft\\.Storage/storageAccounts/([^/]+))/fileServices/default/shares$",
            Pattern.CASE_INSENSITIVE);

    private final FileServiceEmulator files;

    DataPlaneShares(FileServiceEmulator files) {
        this.files = files;
    }

    /** The share resource for a share that exists only on the data plane of an account that exists. */
    Optional<ObjectNode> find(ResourceId id, boolean accountExists) {
        if (!id.isType(FileServiceEmulator.SHARE_TYPE) || !accountExists) {
            return Optional.empty();
        }
        String[] names = id.name().split("/");
        return files.shareNames(names[0]).stream().filter(share -> share.equalsIgnoreCase(names[2])).findFirst()
                .map(share -> share(id.id().substring(0, id.id().length() - names[2].length()) + share, share));
    }

    /** The data-plane shares of a shares collection that Resource Manager has not stored, added to the stored. */
    List<ObjectNode> withDataPlane(String collection, List<ObjectNode> stored, boolean accountExists) {
        Matcher matcher = COLLECTION.matcher(collection);
        if (!matcher.matches() || !accountExists) {
            return stored;
        }
        Set<String> known = stored.stream().map(share -> share.path("name").asText().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<ObjectNode> all = new ArrayList<>(stored);
        for (String share : files.shareNames(matcher.group(2))) {
            if (!known.contains(share.toLowerCase(Locale.ROOT))) {
                all.add(share(collection + "/" + share, share));
            }
        }
        return all;
    }

    static String accountId(String collectionOrShareId) {
        int at = collectionOrShareId.toLowerCase(Locale.ROOT).indexOf("/fileservices/");
        return at < 0 ? collectionOrShareId : collectionOrShareId.substring(0, at);
    }

    private static ObjectNode share(String id, String name) {
        ObjectNode share = Json.object().put("id", id).put("name", name).put("type", FileServiceEmulator.SHARE_TYPE);
        share.putObject("properties").put("shareQuota", 5120).put("enabledProtocols", "SMB")
                .put("accessTier", "TransactionOptimized").put("leaseStatus", "unlocked").put("leaseState", "available");
        return share;
    }
}
