package vn.digitalteams.scamreport;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.MediaType;

/**
 * The evidence of a report: a photo or screenshot (JPEG, PNG) or a PDF of at most 5 MB. The type is
 * read from the file's first bytes, never from its name or declared MIME type.
 */
final class Evidence {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** What an upload may declare itself as; what it is comes from its bytes. */
    static final List<MediaType> ACCEPTED = List.of(MediaType.IMAGE_JPEG, MediaType.IMAGE_PNG, MediaType.APPLICATION_PDF);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    private Evidence() {
    }

    /**
     * The file's kind: jpeg, png or pdf.
     *
     * @param content the file, of which more than {@link #MAX_BYTES} bytes need not have been read
     * @throws vn.digitalteams.shared.UserFacingException (invalid) for an empty file, one over 5 MB, or
     *         one that is none of the three
     */
    static String kindOf(byte[] content) {
        if (content.length == 0) {
            throw invalid("scam.evidence.empty");
        }
        if (content.length > MAX_BYTES) {
            throw invalid("scam.evidence.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (startsWith(content, JPEG)) {
            return "jpeg";
        } else if (startsWith(content, PNG)) {
            return "png";
        } else if (startsWith(content, PDF)) {
            return "pdf";
        }
        throw invalid("scam.evidence.type");
    }

    /** How a file of that kind is served. */
    static MediaType mediaType(String kind) {
        return switch (kind) {
            case "jpeg" -> MediaType.IMAGE_JPEG;
            case "png" -> MediaType.IMAGE_PNG;
            default -> MediaType.APPLICATION_PDF;
        };
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        return data.length >= magic.length && Arrays.equals(data, 0, magic.length, magic, 0, magic.length);
    }
}
