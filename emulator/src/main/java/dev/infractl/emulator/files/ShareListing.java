package dev.infractl.emulator.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** List Shares ({@code GET /{account}/?comp=list}): the EnumerationResults document, with prefix and marker paging. */
final class ShareListing {

    private static final int DEFAULT_PAGE = 5000;
    /** The quota in GiB a share reports; the emulator enforces none. */
    private static final String QUOTA = "5120";

    private ShareListing() {
    }

    static String xml(ShareStore store, String account, Map<String, String> query) throws IOException {
        String prefix = query.getOrDefault("prefix", "");
        String marker = query.getOrDefault("marker", "");
        int page = query.containsKey("maxresults") ? Integer.parseInt(query.get("maxresults")) : DEFAULT_PAGE;
        List<Path> shares = store.shares(account).stream()
                .filter(share -> share.getFileName().toString().startsWith(prefix))
                .filter(share -> share.getFileName().toString().compareTo(marker) >= 0)
                .toList();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
                .append("<EnumerationResults ServiceEndpoint=\"/").append(Reply.escape(account)).append("/\">");
        element(xml, "Prefix", prefix);
        element(xml, "Marker", marker);
        element(xml, "MaxResults", Integer.toString(page));
        xml.append("<Shares>");
        for (Path share : shares.subList(0, Math.min(page, shares.size()))) {
            Reply version = new Reply(200).version(Files.getLastModifiedTime(share).toInstant());
            xml.append("<Share>");
            element(xml, "Name", share.getFileName().toString());
            xml.append("<Properties>");
            element(xml, "Last-Modified", version.headers.get("Last-Modified"));
            element(xml, "Etag", version.headers.get("ETag"));
            element(xml, "Quota", QUOTA);
            xml.append("</Properties></Share>");
        }
        xml.append("</Shares>");
        element(xml, "NextMarker", shares.size() > page ? shares.get(page).getFileName().toString() : "");
        return xml.append("</EnumerationResults>").toString();
    }

    private static void element(StringBuilder xml, String name, String value) {
        xml.append('<').append(name).append('>').append(Reply.escape(value)).append("</").append(name).append('>');
    }
}
