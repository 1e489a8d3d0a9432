package vn.digitalteams.scamreport;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.camunda.bpm.engine.variable.value.BytesValue;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The optional evidence of a report: a photo or screenshot (JPEG, PNG) or a PDF of at most 5 MB.
 * The type is read from the file's first bytes, never from its name or declared MIME type.
 */
final class Evidence {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    private Evidence() {
    }

    /** Checks the evidence variable, if any; returns its kind (jpeg, png, pdf) or null when none was given. */
    static String check(TypedValue value) {
        if (value == null || value.getValue() == null) {
            return null;
        }
        byte[] head;
        long size;
        if (value instanceof FileValue file) {
            try (InputStream in = file.getValue()) {
                byte[] all = in.readNBytes(MAX_BYTES + 1);
                size = all.length;
                head = all;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (value instanceof BytesValue bytes) {
            head = bytes.getValue();
            size = head.length;
        } else if (value.getValue() instanceof byte[] bytes) {
            head = bytes;
            size = bytes.length;
        } else {
            throw invalid("scam.evidence.type");
        }
        if (size == 0) {
            return null;
        }
        if (size > MAX_BYTES) {
            throw invalid("scam.evidence.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (startsWith(head, JPEG)) {
            return "jpeg";
        } else if (startsWith(head, PNG)) {
            return "png";
        } else if (startsWith(head, PDF)) {
            return "pdf";
        }
        throw invalid("scam.evidence.type");
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        return data.length >= magic.length && Arrays.equals(data, 0, magic.length, magic, 0, magic.length);
    }
}
