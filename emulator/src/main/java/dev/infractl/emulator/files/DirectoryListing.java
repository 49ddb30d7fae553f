package dev.infractl.emulator.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The EnumerationResults document of List Directories and Files, with marker paging and include=. */
final class DirectoryListing {

    private static final int DEFAULT_PAGE = 5000;

    private DirectoryListing() {
    }

    static String xml(ShareStore store, SharePath directory, Map<String, String> query) throws IOException {
        String prefix = query.getOrDefault("prefix", "");
        String marker = query.getOrDefault("marker", "");
        int page = query.containsKey("maxresults") ? Integer.parseInt(query.get("maxresults")) : DEFAULT_PAGE;
        Set<String> include = Arrays.stream(query.getOrDefault("include", "").split(","))
                .map(item -> item.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<Path> entries = store.children(directory).stream()
                .filter(entry -> entry.getFileName().toString().startsWith(prefix))
                .filter(entry -> entry.getFileName().toString().compareTo(marker) >= 0)
                .toList();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
                .append("<EnumerationResults ServiceEndpoint=\"/").append(Reply.escape(directory.account()))
                .append("/\" ShareName=\"").append(Reply.escape(directory.share()))
                .append("\" DirectoryPath=\"").append(Reply.escape(directory.path())).append("\">");
        element(xml, "Prefix", prefix);
        element(xml, "Marker", marker);
        element(xml, "MaxResults", Integer.toString(page));
        element(xml, "DirectoryId", DirectoryRequests.fileId(directory));
        xml.append("<Entries>");
        for (Path entry : entries.subList(0, Math.min(page, entries.size()))) {
            entry(xml, directory.child(entry.getFileName().toString()), entry, include);
        }
        xml.append("</Entries>");
        element(xml, "NextMarker", entries.size() > page ? entries.get(page).getFileName().toString() : "");
        return xml.append("</EnumerationResults>").toString();
    }

    private static void entry(StringBuilder xml, SharePath path, Path entry, Set<String> include) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
        String kind = attributes.isDirectory() ? "Directory" : "File";
        Instant modified = attributes.lastModifiedTime().toInstant();
        xml.append('<').append(kind).append('>');
        element(xml, "FileId", DirectoryRequests.fileId(path));
        element(xml, "Name", path.name());
        xml.append("<Properties>");
        if (!attributes.isDirectory()) {
            element(xml, "Content-Length", Long.toString(attributes.size()));
        }
        if (include.contains("timestamps")) {
            String time = Reply.smbTime(modified);
            for (String name : List.of("CreationTime", "LastAccessTime", "LastWriteTime", "ChangeTime")) {
                element(xml, name, time);
            }
            element(xml, "Last-Modified", new Reply(200).version(modified).headers.get("Last-Modified"));
        }
        if (include.contains("etag")) {
            element(xml, "Etag", new Reply(200).version(modified).headers.get("ETag"));
        }
        xml.append("</Properties>");
        if (include.contains("attributes")) {
            element(xml, "Attributes", attributes.isDirectory() ? "Directory" : "Archive");
        }
        if (include.contains("permissionkey")) {
            element(xml, "PermissionKey", "4066528134148476695*1");
        }
        xml.append("</").append(kind).append('>');
    }

    private static void element(StringBuilder xml, String name, String value) {
        xml.append('<').append(name).append('>').append(Reply.escape(value)).append("</").append(name).append('>');
    }
}
