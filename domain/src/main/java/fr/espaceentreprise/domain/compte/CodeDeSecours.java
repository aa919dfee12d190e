package fr.espaceentreprise.domain.compte;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the ten single-use codes a user keeps for the day he has lost his phone, stored as the SHA-256 of its
 * normalised text (a code carries 80 random bits, so a fast hash is as safe as a session token's).
 *
 * @param utiliseLe when it opened a session; a used code never opens another
 */
public record CodeDeSecours(String empreinte, Optional<Instant> utiliseLe) {

    public CodeDeSecours {
        Objects.requireNonNull(empreinte, "empreinte");
        Objects.requireNonNull(utiliseLe, "utiliseLe");
        if (!empreinte.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a SHA-256 in hex");
        }
    }

    public static CodeDeSecours nouveau(String codeEnClair) {
        return new CodeDeSecours(empreinteDe(codeEnClair), Optional.empty());
    }

    /** What a typed code is compared on: upper case, without spaces nor dashes, hashed. */
    public static String empreinteDe(String saisi) {
        String normalise = saisi.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalise.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public boolean disponible() {
        return utiliseLe.isEmpty();
    }

    CodeDeSecours utilise(Instant instant) {
        return new CodeDeSecours(empreinte, Optional.of(instant));
    }
}
