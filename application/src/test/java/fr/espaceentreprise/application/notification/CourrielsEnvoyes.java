package fr.espaceentreprise.application.notification;

import fr.espaceentreprise.domain.commun.Email;
import java.util.ArrayList;
import java.util.List;

/** Keeps every e-mail handed over, in order; refuses them all while a test says the server is down. */
public final class CourrielsEnvoyes implements MailSender {

    private final List<Courriel> envoyes = new ArrayList<>();
    private EnvoiImpossibleException panne;

    /** Every e-mail from now on fails with {@code panne}, until {@link #retablir()}. */
    public void tomberEnPanne(EnvoiImpossibleException panne) {
        this.panne = panne;
    }

    public void retablir() {
        this.panne = null;
    }

    @Override
    public void envoyer(Courriel courriel) {
        if (panne != null) {
            throw panne;
        }
        envoyes.add(courriel);
    }

    public List<Courriel> envoyes() {
        return List.copyOf(envoyes);
    }

    public List<Courriel> a(Email destinataire) {
        return envoyes.stream().filter(courriel -> courriel.destinataire().equals(destinataire)).toList();
    }

    /** The last e-mail sent; fails when none was. */
    public Courriel dernier() {
        if (envoyes.isEmpty()) {
            throw new AssertionError("aucun courriel envoyé");
        }
        return envoyes.get(envoyes.size() - 1);
    }
}
