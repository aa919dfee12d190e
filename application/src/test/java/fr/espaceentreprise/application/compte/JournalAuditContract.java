package fr.espaceentreprise.application.compte;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.espaceentreprise.application.PortContract;
import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.domain.commun.NumeroAdherent;
import fr.espaceentreprise.domain.compte.AdresseIp;
import fr.espaceentreprise.domain.compte.EvenementAudit;
import fr.espaceentreprise.domain.compte.TypeEvenementAudit;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link JournalAudit}: lines kept as written, paged newest first, of everybody or of one numéro. */
public abstract class JournalAuditContract extends PortContract {

    private static final AdresseIp IP = new AdresseIp("203.0.113.7");
    private static final NumeroAdherent NUMERO = new NumeroAdherent("10000001");
    private static final NumeroAdherent AUTRE_NUMERO = new NumeroAdherent("10000002");

    private final UtilisateurId compte = unCompte().id();

    private void enregistrer(EvenementAudit... evenements) {
        enTransaction(() -> List.of(evenements).forEach(stockage().journal()::enregistrer));
    }

    private List<EvenementAudit> lister(Optional<NumeroAdherent> numero, Optional<CurseurChronologique> avant,
                                        int nombre) {
        return enTransaction(() -> stockage().journal().lister(numero, avant, nombre));
    }

    @Test
    void every_field_of_a_line_of_every_type_survives_a_round_trip() {
        List<EvenementAudit> ecrits = new ArrayList<>();
        for (TypeEvenementAudit type : TypeEvenementAudit.values()) {
            EvenementAudit complet = new EvenementAudit(UUID.randomUUID(), T0.plusSeconds(type.ordinal()), type,
                    Optional.of(compte), Optional.of(NUMERO), new AdresseIp("2001:db8::7:1"),
                    Optional.of("demandeInscription=" + UUID.randomUUID()));
            enregistrer(complet);
            ecrits.add(0, complet);
        }

        assertEquals(ecrits, lister(Optional.empty(), Optional.empty(), ecrits.size()));
    }

    @Test
    void a_line_without_account_numero_or_detail_comes_back_so() {
        EvenementAudit anonyme = EvenementAudit.de(TypeEvenementAudit.IDENTIFIANT_OUBLIE, T0, null, null, IP, null);

        enregistrer(anonyme);

        assertEquals(List.of(anonyme), lister(Optional.empty(), Optional.empty(), 10));
    }

    @Test
    void the_trail_of_everybody_or_of_one_numero_is_paged_newest_first_with_ties_broken_by_id() {
        // Three lines share T0, so only their ids order them (as PostgreSQL compares uuids: f… is the greatest);
        // written out of order.
        EvenementAudit e1 = ligne("00000000-0000-0000-0000-000000000001", T0.plusSeconds(1), NUMERO);
        EvenementAudit e2 = ligne("f0000000-0000-0000-0000-00000000000c", T0, AUTRE_NUMERO);
        EvenementAudit e3 = ligne("00000000-0000-0000-0000-00000000000b", T0, NUMERO);
        EvenementAudit e4 = ligne("00000000-0000-0000-0000-00000000000a", T0, NUMERO);
        EvenementAudit e5 = ligne("00000000-0000-0000-0000-0000000000ff", T0.minusNanos(1_000), null);
        EvenementAudit e6 = ligne("00000000-0000-0000-0000-0000000000fe", T0.minusSeconds(2), NUMERO);
        enregistrer(e3, e5, e1, e6, e4, e2);

        assertEquals(List.of(List.of(e1, e2), List.of(e3, e4), List.of(e5, e6)), pages(Optional.empty()));
        assertEquals(List.of(List.of(e1, e3), List.of(e4, e6)), pages(Optional.of(NUMERO)));
    }

    private List<List<EvenementAudit>> pages(Optional<NumeroAdherent> numero) {
        List<List<EvenementAudit>> pages = new ArrayList<>();
        Optional<CurseurChronologique> curseur = Optional.empty();
        do {
            List<EvenementAudit> page = lister(numero, curseur, 2);
            if (!page.isEmpty()) {
                pages.add(page);
            }
            curseur = page.size() < 2 ? Optional.empty()
                    : Optional.of(new CurseurChronologique(page.get(1).instant(), page.get(1).id()));
        } while (curseur.isPresent());
        return pages;
    }

    private EvenementAudit ligne(String id, Instant instant, NumeroAdherent numero) {
        return new EvenementAudit(UUID.fromString(id), instant, TypeEvenementAudit.CONNEXION_ECHOUEE,
                Optional.of(compte), Optional.ofNullable(numero), IP, Optional.of("mot_de_passe_incorrect"));
    }
}
