package fr.espaceentreprise.domain.salarie;

import fr.espaceentreprise.domain.commun.CodePays;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Montant;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Test-data builder: {@code UnSalarie.nomme("Durand").de(entrepriseId).affilieA(contrat, date).build()}.
 * Goes through {@link Salarie#enregistrer} and {@link Salarie#affilier}, so what it builds obeys the rules.
 * Without {@link #de}, the salarie belongs to the entreprise of the first contrat he is affiliated to.
 */
public final class UnSalarie {

    public static final LocalDate ENREGISTRE_LE = LocalDate.of(2024, 1, 15);

    private SalarieId id = SalarieId.nouveau();
    private EntrepriseId entrepriseId;
    private String nom;
    private String prenom = "Camille";
    private LocalDate dateNaissance = LocalDate.of(1985, 3, 14);
    private String email = "camille.durand@example.fr";
    private String paysExpatriation = "SN";
    private Montant salaireReference = Montant.centimes(4_500_00);
    private LocalDate aujourdhui = ENREGISTRE_LE;
    private final List<Consumer<Salarie>> etapes = new ArrayList<>();

    private UnSalarie(String nom) {
        this.nom = nom;
    }

    public static UnSalarie nomme(String nom) {
        return new UnSalarie(nom);
    }

    public static UnSalarie quelconque() {
        return new UnSalarie("Durand");
    }

    public UnSalarie de(EntrepriseId entrepriseId) {
        this.entrepriseId = entrepriseId;
        return this;
    }

    public UnSalarie id(SalarieId id) {
        this.id = id;
        return this;
    }

    public UnSalarie prenomme(String prenom) {
        this.prenom = prenom;
        return this;
    }

    public UnSalarie neLe(LocalDate dateNaissance) {
        this.dateNaissance = dateNaissance;
        return this;
    }

    public UnSalarie email(String email) {
        this.email = email;
        return this;
    }

    public UnSalarie sansEmail() {
        this.email = null;
        return this;
    }

    public UnSalarie expatrieEn(String codePays) {
        this.paysExpatriation = codePays;
        return this;
    }

    public UnSalarie salaire(Montant salaireReference) {
        this.salaireReference = salaireReference;
        return this;
    }

    public UnSalarie enregistreLe(LocalDate aujourdhui) {
        this.aujourdhui = aujourdhui;
        return this;
    }

    public UnSalarie affilieA(Contrat contrat, LocalDate dateEffet) {
        if (entrepriseId == null) {
            entrepriseId = contrat.entrepriseId();
        }
        etapes.add(s -> s.affilier(AffiliationId.nouveau(), contrat, dateEffet));
        return this;
    }

    /** Affiliated from the contrat's own date d'effet. */
    public UnSalarie affilieA(Contrat contrat) {
        return affilieA(contrat, contrat.dateEffet());
    }

    public UnSalarie radieDe(Contrat contrat, LocalDate dateFin) {
        etapes.add(s -> s.radier(contrat.id(), dateFin));
        return this;
    }

    public Salarie build() {
        Salarie salarie = Salarie.enregistrer(id, entrepriseId != null ? entrepriseId : EntrepriseId.nouveau(),
                nom, prenom, dateNaissance, email == null ? null : new Email(email), new CodePays(paysExpatriation),
                salaireReference, aujourdhui);
        etapes.forEach(etape -> etape.accept(salarie));
        return salarie;
    }
}
