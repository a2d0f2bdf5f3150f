package org.casewatch.bench;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One test file of feedparser's suite, read as its own harness reads it: the bytes, the leading comment's
 * {@code Header: Content-type} and {@code Expect:} line, and the address feedparser's test server would serve it
 * from ({@code http://127.0.0.1:8097/tests/...}).
 *
 * @param name       the path under the suite's {@code tests/} folder, with forward slashes
 * @param holdsItems whether the document, comments aside, has an {@code <item>} or {@code <entry>} element
 */
record SuiteFile(String name, byte[] body, Optional<String> contentType, String address, String expect,
                 boolean holdsItems) {

    private static final Pattern EXPECT = Pattern.compile("Description:\\s*(.*?)\\s*Expect:\\s*(.*)\\s*-->");
    private static final Pattern HEADER = Pattern.compile("^Header:\\s+([^:]+):(.*)$", Pattern.MULTILINE);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern ITEM = Pattern.compile("<(?:[\\w.-]+:)?(?:item|entry)[\\s>/]",
            Pattern.CASE_INSENSITIVE);

    static SuiteFile read(Path tests, Path file) throws IOException {
        byte[] body = Files.readAllBytes(file);
        String text = text(body);
        String name = tests.relativize(file).toString().replace('\\', '/');
        Matcher expect = EXPECT.matcher(text);
        Optional<String> contentType = Optional.empty();
        Matcher header = HEADER.matcher(text);
        while (header.find()) {
            if (header.group(1).strip().equalsIgnoreCase("Content-type")) {
                contentType = Optional.of(header.group(2).strip());
            }
        }
        boolean items = ITEM.matcher(COMMENT.matcher(text).replaceAll("")).find();
        // feedparser's suite serves files whose path holds "http" from this address; casewatch always knows the
        // address it fetched, so every file gets one, and the feed's own xml:base or links decide the rest.
        String address = "http://127.0.0.1:8097/tests/" + name;
        return new SuiteFile(name, body, contentType, address, expect.find() ? expect.group(2).strip() : "", items);
    }

    /** Decodes by byte-order mark or the first bytes, as the suite's helpers do, only to read the comment. */
    private static String text(byte[] data) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (starts(data, 0x00, 0x00, 0xFE, 0xFF) || starts(data, 0x00, 0x00, 0x00, 0x3C)) {
            charset = Charset.forName("UTF-32BE");
            skip = starts(data, 0x00, 0x00, 0xFE, 0xFF) ? 4 : 0;
        } else if (starts(data, 0xFF, 0xFE, 0x00, 0x00) || starts(data, 0x3C, 0x00, 0x00, 0x00)) {
            charset = Charset.forName("UTF-32LE");
            skip = starts(data, 0xFF, 0xFE, 0x00, 0x00) ? 4 : 0;
        } else if (starts(data, 0xFE, 0xFF) || starts(data, 0x00, 0x3C)) {
            charset = StandardCharsets.UTF_16BE;
            skip = starts(data, 0xFE, 0xFF) ? 2 : 0;
        } else if (starts(data, 0xFF, 0xFE) || starts(data, 0x3C, 0x00)) {
            charset = StandardCharsets.UTF_16LE;
            skip = starts(data, 0xFF, 0xFE) ? 2 : 0;
        } else if (starts(data, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        }
        return new String(data, skip, data.length - skip, charset);
    }

    private static boolean starts(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
