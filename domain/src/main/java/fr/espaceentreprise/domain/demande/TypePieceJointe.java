package fr.espaceentreprise.domain.demande;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a demande may carry, each recognised by the first bytes of its content (its signature),
 * never by its name: a renamed executable stays what it is.
 */
public enum TypePieceJointe {
    PDF("application/pdf", ".pdf", new byte[]{'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", ".png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", ".jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String typeMime;
    private final String extension;
    private final byte[] signature;

    TypePieceJointe(String typeMime, String extension, byte[] signature) {
        this.typeMime = typeMime;
        this.extension = extension;
        this.signature = signature;
    }

    /** The type whose signature starts the content, if any. */
    public static Optional<TypePieceJointe> detecter(byte[] contenu) {
        return Arrays.stream(values()).filter(type -> type.commence(contenu)).findFirst();
    }

    private boolean commence(byte[] contenu) {
        return contenu.length >= signature.length
                && Arrays.equals(contenu, 0, signature.length, signature, 0, signature.length);
    }

    /** What a download announces as Content-Type. */
    public String typeMime() {
        return typeMime;
    }

    /** The extension a file of this type is saved with, dot included. */
    public String extension() {
        return extension;
    }
}
