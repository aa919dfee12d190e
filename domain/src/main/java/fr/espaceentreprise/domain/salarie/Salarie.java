package fr.espaceentreprise.domain.salarie;

import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.commun.Periode;
import fr.espaceentreprise.domain.commun.RegleMetierException;
import fr.espaceentreprise.domain.commun.ValeurInvalideException;
import fr.espaceentreprise.domain.commun.Verifications;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** An expatriate (or future expatriate) employee of an entreprise, and the contrats he is affiliated to. */
public final class Salarie {

    public static final int LONGUEUR_MAX_NOM = 80;
    public static final int AGE_MIN = 14;
    public static final int AGE_MAX = 100;

    /**
     * Letters of any script, combining marks (decomposed accents), and the separators names really use:
     * space, hyphen, apostrophes (' and ’) and the period of an abbreviation. Starts with a letter.
     */
    private static final Pattern NOM = Pattern.compile("\\p{L}[\\p{L}\\p{M} '’.\\-]*");
    private static final Pattern ESPACES = Pattern.compile("\\s+");

    private final SalarieId id;
    private final EntrepriseId entrepriseId;
    private String nom;
    private String prenom;
    private LocalDate dateNaissance;
    private Email email;
    private CodePays paysExpatriation;
    private Montant salaireReference;
    private final List<Affiliation> affiliations;

    private Salarie(SalarieId id, EntrepriseId entrepriseId, String nom, String prenom, LocalDate dateNaissance,
                    Email email, CodePays paysExpatriation, Montant salaireReference, List<Affiliation> affiliations) {
        this.id = Objects.requireNonNull(id, "id");
        this.entrepriseId = Objects.requireNonNull(entrepriseId, "entrepriseId");
        this.nom = nom;
        this.prenom = prenom;
        this.dateNaissance = dateNaissance;
        this.email = email;
        this.paysExpatriation = paysExpatriation;
        this.salaireReference = salaireReference;
        this.affiliations = new ArrayList<>(affiliations);
    }

    public static Salarie enregistrer(SalarieId id, EntrepriseId entrepriseId, String nom, String prenom,
                                      LocalDate dateNaissance, Email email, CodePays paysExpatriation,
                                      Montant salaireReference, LocalDate aujourdhui) {
        Verifications.nonNul(id, "id");
        Verifications.nonNul(entrepriseId, "entrepriseId");
        Objects.requireNonNull(aujourdhui, "aujourdhui");
        return new Salarie(id, entrepriseId,
                nomPropre(nom, "nom"), nomPropre(prenom, "prenom"),
                dateNaissanceValide(dateNaissance, aujourdhui), email,
                Verifications.nonNul(paysExpatriation, "paysExpatriation"),
                salaireValide(salaireReference), List.of());
    }

    public static Salarie rehydrater(SalarieId id, EntrepriseId entrepriseId, String nom, String prenom,
                                     LocalDate dateNaissance, Email email, CodePays paysExpatriation,
                                     Montant salaireReference, List<Affiliation> affiliations) {
        return new Salarie(id, entrepriseId, nom, prenom, dateNaissance, email, paysExpatriation,
                salaireReference, affiliations);
    }

    /**
     * Affiliates this salarie to a contrat of his entreprise, from dateEffet, until a radiation.
     * Two affiliations to the same contrat may follow each other but never overlap.
     */
    public Affiliation affilier(AffiliationId affiliationId, Contrat contrat, LocalDate dateEffet) {
        Verifications.nonNul(affiliationId, "id");
        Verifications.nonNul(contrat, "contratId");
        Verifications.nonNul(dateEffet, "dateEffet");
        if (!contrat.entrepriseId().equals(entrepriseId)) {
            throw new RegleMetierException("salarie.contrat.autre_entreprise", "contratId");
        }
        if (!contrat.estActifLe(dateEffet)) {
            throw new RegleMetierException("contrat.inactif", "dateEffet");
        }
        Periode nouvelle = Periode.depuis(dateEffet);
        boolean dejaAffilie = affiliations.stream()
                .anyMatch(a -> a.contratId().equals(contrat.id()) && a.periode().chevauche(nouvelle));
        if (dejaAffilie) {
            throw new RegleMetierException("salarie.affiliation.deja_affilie", "contratId");
        }
        Affiliation affiliation = Affiliation.debutant(affiliationId, contrat.id(), dateEffet);
        affiliations.add(affiliation);
        return affiliation;
    }

    /** Ends the open affiliation to the contrat on dateFin (the last day covered). */
    public void radier(ContratId contratId, LocalDate dateFin) {
        Verifications.nonNul(contratId, "contratId");
        Verifications.nonNul(dateFin, "dateFin");
        for (int i = 0; i < affiliations.size(); i++) {
            Affiliation affiliation = affiliations.get(i);
            if (affiliation.contratId().equals(contratId) && affiliation.estOuverte()) {
                affiliations.set(i, affiliation.termineeLe(dateFin));
                return;
            }
        }
        throw new RegleMetierException("salarie.affiliation.introuvable", "contratId");
    }

    public void changerPaysExpatriation(CodePays pays) {
        this.paysExpatriation = Verifications.nonNul(pays, "paysExpatriation");
    }

    public void changerSalaireReference(Montant salaire) {
        this.salaireReference = salaireValide(salaire);
    }

    /**
     * Corrects the salarie's identity. The age bounds are checked only at registration: this signature
     * carries no reference date, so only presence is checked here.
     */
    public void modifierIdentite(String nom, String prenom, LocalDate dateNaissance, Email email) {
        String nomValide = nomPropre(nom, "nom");
        String prenomValide = nomPropre(prenom, "prenom");
        this.dateNaissance = Verifications.nonNul(dateNaissance, "dateNaissance");
        this.nom = nomValide;
        this.prenom = prenomValide;
        this.email = email;
    }

    public List<Affiliation> affiliationsActivesLe(LocalDate date) {
        return affiliations.stream().filter(a -> a.estActiveLe(date)).toList();
    }

    public Optional<Affiliation> affiliation(AffiliationId affiliationId) {
        return affiliations.stream().filter(a -> a.id().equals(affiliationId)).findFirst();
    }

    public SalarieId id() {
        return id;
    }

    public EntrepriseId entrepriseId() {
        return entrepriseId;
    }

    public String nom() {
        return nom;
    }

    public String prenom() {
        return prenom;
    }

    public LocalDate dateNaissance() {
        return dateNaissance;
    }

    public Optional<Email> email() {
        return Optional.ofNullable(email);
    }

    public CodePays paysExpatriation() {
        return paysExpatriation;
    }

    public Montant salaireReference() {
        return salaireReference;
    }

    public List<Affiliation> affiliations() {
        return List.copyOf(affiliations);
    }

    private static String nomPropre(String valeur, String champ) {
        String texte = Verifications.texte(valeur, champ, LONGUEUR_MAX_NOM);
        // NFC so that a name typed with a decomposed accent equals the same name typed precomposed.
        String normalise = ESPACES.matcher(Normalizer.normalize(texte.strip(), Normalizer.Form.NFC)).replaceAll(" ");
        if (!NOM.matcher(normalise).matches()) {
            throw new ValeurInvalideException("salarie." + champ + ".invalide", champ);
        }
        return normalise;
    }

    private static LocalDate dateNaissanceValide(LocalDate dateNaissance, LocalDate aujourdhui) {
        return Verifications.dateNaissance(dateNaissance, aujourdhui, AGE_MIN, AGE_MAX,
                "salarie.dateNaissance.invalide");
    }

    private static Montant salaireValide(Montant salaire) {
        Verifications.nonNul(salaire, "salaireReference");
        if (salaire.estNul()) {
            throw new ValeurInvalideException("salarie.salaireReference.invalide", "salaireReference");
        }
        return salaire;
    }

    @Override
    public String toString() {
        // No personal data in logs: identity and salary stay out.
        return "Salarie[id=" + id + ", entrepriseId=" + entrepriseId + "]";
    }
}
