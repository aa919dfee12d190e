package fr.espaceentreprise.domain.compte;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A user's enrolled TOTP second factor and his recovery codes. A code from the app is accepted once (its step must
 * be later than the last accepted); a recovery code once as well.
 */
public final class SecondFacteur {

    public static final int CODES_DE_SECOURS = 10;

    private final UtilisateurId utilisateurId;
    private final SecretTotp secret;
    private final Instant actifDepuis;
    private long dernierPas;
    private final List<CodeDeSecours> codesDeSecours;

    private SecondFacteur(UtilisateurId utilisateurId, SecretTotp secret, Instant actifDepuis, long dernierPas,
                          List<CodeDeSecours> codesDeSecours) {
        this.utilisateurId = Objects.requireNonNull(utilisateurId, "utilisateurId");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.actifDepuis = Objects.requireNonNull(actifDepuis, "actifDepuis");
        this.dernierPas = dernierPas;
        this.codesDeSecours = new ArrayList<>(codesDeSecours);
    }

    /** As stored; a new factor comes from {@link EnrolementSecondFacteur#confirmer}. */
    public static SecondFacteur rehydrater(UtilisateurId utilisateurId, SecretTotp secret, Instant actifDepuis,
                                           long dernierPas, List<CodeDeSecours> codesDeSecours) {
        return new SecondFacteur(utilisateurId, secret, actifDepuis, dernierPas, codesDeSecours);
    }

    /**
     * Whether {@code saisi} opens: a code of the app (six digits) not used before, or a recovery code still
     * available. Either one is then spent.
     */
    public Verification verifier(String saisi, Instant instant) {
        if (saisi == null || saisi.isBlank()) {
            return Verification.REFUSEE;
        }
        OptionalLong pas = Totp.verifier(secret, saisi, instant, dernierPas);
        if (pas.isPresent()) {
            dernierPas = pas.getAsLong();
            return Verification.CODE;
        }
        String empreinte = CodeDeSecours.empreinteDe(saisi);
        for (int i = 0; i < codesDeSecours.size(); i++) {
            CodeDeSecours code = codesDeSecours.get(i);
            if (code.disponible() && code.empreinte().equals(empreinte)) {
                codesDeSecours.set(i, code.utilise(instant));
                return Verification.CODE_DE_SECOURS;
            }
        }
        return Verification.REFUSEE;
    }

    /** New recovery codes; the previous ones, used or not, are worth nothing any more. */
    public void remplacerCodesDeSecours(List<CodeDeSecours> nouveaux) {
        codesDeSecours.clear();
        codesDeSecours.addAll(nouveaux);
    }

    public long codesDeSecoursDisponibles() {
        return codesDeSecours.stream().filter(CodeDeSecours::disponible).count();
    }

    public UtilisateurId utilisateurId() {
        return utilisateurId;
    }

    public SecretTotp secret() {
        return secret;
    }

    public Instant actifDepuis() {
        return actifDepuis;
    }

    public long dernierPas() {
        return dernierPas;
    }

    public List<CodeDeSecours> codesDeSecours() {
        return List.copyOf(codesDeSecours);
    }

    /** What a typed code turned out to be. */
    public enum Verification {
        CODE,
        CODE_DE_SECOURS,
        REFUSEE;

        public boolean acceptee() {
            return this != REFUSEE;
        }
    }
}
