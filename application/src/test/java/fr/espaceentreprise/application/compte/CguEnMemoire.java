package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.TransactionsEnMemoire;
import fr.espaceentreprise.domain.commun.Langue;
import fr.espaceentreprise.domain.compte.AcceptationCgu;
import fr.espaceentreprise.domain.compte.PublicationCgu;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import fr.espaceentreprise.domain.compte.VersionCgu;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class CguEnMemoire implements CguRepository, TransactionsEnMemoire.Participant {

    private final TransactionsEnMemoire transactions;
    private List<VersionCgu> versions = new ArrayList<>();
    private Map<String, Map<Langue, String>> textes = new HashMap<>();
    private List<AcceptationCgu> acceptations = new ArrayList<>();

    public CguEnMemoire(TransactionsEnMemoire transactions) {
        this.transactions = transactions;
        transactions.inscrire(this);
    }

    /** Test setup: a version with a short text of two articles in each language. */
    public void publier(VersionCgu version) {
        publier(version, textePar(version, Langue.FR), textePar(version, Langue.EN));
    }

    /** Test setup. */
    public void publier(VersionCgu version, String texteFr, String texteEn) {
        versions.add(version);
        textes.put(version.version(), Map.of(Langue.FR, texteFr, Langue.EN, texteEn));
    }

    /** The text {@link #publier(VersionCgu)} gives a version. */
    public static String textePar(VersionCgu version, Langue langue) {
        if (langue == Langue.EN) {
            return "Terms of use of the Espace Entreprise\nVersion " + version.version() + "\n\n"
                    + "Article 1 — Purpose\nThese terms set the rules for using the Espace Entreprise.\n\n"
                    + "Article 2 — Credentials\nThe member number and the password are personal.\n"
                    + "Keep them secret.";
        }
        return "Conditions générales d'utilisation de l'Espace Entreprise\nVersion " + version.version() + "\n\n"
                + "Article 1 — Objet\nLes présentes conditions fixent les règles d'utilisation de l'Espace "
                + "Entreprise.\n\n"
                + "Article 2 — Identifiants\nLe numéro d'adhérent et le mot de passe sont personnels.\n"
                + "Gardez-les secrets.";
    }

    /** Test setup. */
    public void ajouter(AcceptationCgu acceptation) {
        acceptations.add(acceptation);
    }

    @Override
    public Optional<VersionCgu> versionCourante(Instant maintenant) {
        return versions.stream()
                .filter(version -> !version.publieeLe().isAfter(maintenant))
                .max(Comparator.comparing(VersionCgu::publieeLe));
    }

    @Override
    public List<VersionCgu> versions() {
        return versions.stream().sorted(Comparator.comparing(VersionCgu::publieeLe).reversed()).toList();
    }

    @Override
    public void publier(PublicationCgu publication) {
        transactions.exigerTransaction();
        publier(publication.version(), publication.texteFr(), publication.texteEn());
    }

    @Override
    public Optional<String> texte(String version, Langue langue) {
        return Optional.ofNullable(textes.get(version)).map(parLangue -> parLangue.get(langue));
    }

    @Override
    public Optional<AcceptationCgu> derniereAcceptation(UtilisateurId utilisateurId) {
        return acceptations.stream()
                .filter(acceptation -> acceptation.utilisateurId().equals(utilisateurId))
                .max(Comparator.comparing(AcceptationCgu::accepteeLe));
    }

    @Override
    public void enregistrer(AcceptationCgu acceptation) {
        transactions.exigerTransaction();
        if (!acceptations.contains(acceptation)) {
            acceptations.add(acceptation);
        }
    }

    public List<AcceptationCgu> acceptations() {
        return List.copyOf(acceptations);
    }

    @Override
    public Object instantane() {
        return List.of(new ArrayList<>(acceptations), new ArrayList<>(versions), new HashMap<>(textes));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restaurer(Object instantane) {
        List<Object> etat = (List<Object>) instantane;
        acceptations = (List<AcceptationCgu>) etat.get(0);
        versions = (List<VersionCgu>) etat.get(1);
        textes = (Map<String, Map<Langue, String>>) etat.get(2);
    }
}
