package dev.infractl.emulator.files;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** One response of the Files service: status, headers and an optional body. */
final class Reply {

    private static final DateTimeFormatter SMB_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);

    final int status;
    final Map<String, String> headers = new LinkedHashMap<>();
    byte[] body = new byte[0];
    FileSlice streamed;

    Reply(int status) {
        this.status = status;
    }

    Reply header(String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
        return this;
    }

    Reply stream(FileSlice slice) {
        streamed = slice;
        return this;
    }

    Reply xml(String text) {
        headers.put("Content-Type", "application/xml");
        body = text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    /** ETag and Last-Modified of a resource changed at {@code modified}. */
    Reply version(Instant modified) {
        long ticks = modified.getEpochSecond() * 10_000_000L + modified.getNano() / 100;
        header("ETag", "\"0x" + Long.toHexString(ticks).toUpperCase() + "\"");
        return header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atOffset(ZoneOffset.UTC)));
    }

    /** The SMB properties every file and directory response carries; the SDK reads them into its models. */
    Reply smb(Instant modified, boolean directory, String fileId) {
        String time = SMB_TIME.format(modified);
        return header("x-ms-file-attributes", directory ? "Directory" : "Archive")
                .header("x-ms-file-creation-time", time)
                .header("x-ms-file-last-write-time", time)
                .header("x-ms-file-change-time", time)
                .header("x-ms-file-permission-key", "4066528134148476695*1")
                .header("x-ms-file-id", fileId)
                .header("x-ms-file-parent-id", "0");
    }

    static String smbTime(Instant instant) {
        return SMB_TIME.format(instant);
    }

    static Reply error(FilesServiceError error) {
        String detail = error.detail();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>")
                .append(error.code()).append("</Code><Message>").append(escape(error.getMessage()))
                .append("</Message>");
        if (detail != null) {
            xml.append("<AuthenticationErrorDetail>").append(escape(detail)).append("</AuthenticationErrorDetail>");
        }
        return new Reply(error.status()).header("x-ms-error-code", error.code()).xml(xml.append("</Error>").toString());
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
