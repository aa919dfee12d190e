package fr.espaceentreprise.domain.mandataire;

import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.commun.Telephone;

import java.util.concurrent.atomic.AtomicInteger;

/** Test data: a valid Mandataire with its own numéro d'adhérent. {@code UnMandataire.nomme("Courtage Expat").build()} */
public final class UnMandataire {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private MandataireId id = MandataireId.nouveau();
    private NumeroAdherent numeroAdherent =
            new NumeroAdherent(String.format("2%07d", SEQUENCE.incrementAndGet() % 10_000_000));
    private String raisonSociale = "Courtage International SARL";
    private Email email = new Email("gestion@courtage-international.fr");
    private Telephone telephone = new Telephone("+33 4 72 00 00 00");

    private UnMandataire() {
    }

    public static UnMandataire parDefaut() {
        return new UnMandataire();
    }

    public static UnMandataire nomme(String raisonSociale) {
        return new UnMandataire().raisonSociale(raisonSociale);
    }

    public UnMandataire id(MandataireId id) {
        this.id = id;
        return this;
    }

    public UnMandataire numeroAdherent(String numeroAdherent) {
        this.numeroAdherent = new NumeroAdherent(numeroAdherent);
        return this;
    }

    public UnMandataire raisonSociale(String raisonSociale) {
        this.raisonSociale = raisonSociale;
        return this;
    }

    public UnMandataire email(String email) {
        this.email = new Email(email);
        return this;
    }

    public UnMandataire telephone(String telephone) {
        this.telephone = new Telephone(telephone);
        return this;
    }

    public UnMandataire sansTelephone() {
        this.telephone = null;
        return this;
    }

    public Mandataire build() {
        return Mandataire.enregistrer(id, numeroAdherent, raisonSociale, email, telephone);
    }
}
