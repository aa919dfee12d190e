package fr.espaceentreprise.adapters.persistence.contrat;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.CONTRAT;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.CONTRAT_OPTION;

import fr.espaceentreprise.adapters.persistence.commun.Lignes;
import fr.espaceentreprise.adapters.persistence.jooq.tables.records.ContratOptionRecord;
import fr.espaceentreprise.adapters.persistence.jooq.tables.records.ContratRecord;
import fr.espaceentreprise.application.contrat.ContratRepository;
import fr.espaceentreprise.domain.contrat.Contrat;
import fr.espaceentreprise.domain.contrat.ContratId;
import fr.espaceentreprise.domain.contrat.NumeroContrat;
import fr.espaceentreprise.domain.entreprise.EntrepriseId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;

public final class JooqContratRepository implements ContratRepository {

    private final DSLContext dsl;

    public JooqContratRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Contrat> trouver(ContratId id) {
        return chercher(CONTRAT.ID.eq(id.valeur())).stream().findFirst();
    }

    @Override
    public Optional<Contrat> trouverParNumero(NumeroContrat numero) {
        return chercher(CONTRAT.NUMERO.eq(numero.valeur())).stream().findFirst();
    }

    @Override
    public List<Contrat> trouverParEntreprise(EntrepriseId entrepriseId) {
        return chercher(CONTRAT.ENTREPRISE_ID.eq(entrepriseId.valeur()));
    }

    @Override
    public Map<ContratId, Contrat> trouverTous(Collection<ContratId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<UUID> uuids = ids.stream().map(ContratId::valeur).distinct().collect(Collectors.toList());
        Map<ContratId, Contrat> contrats = new LinkedHashMap<>();
        for (Contrat contrat : chercher(CONTRAT.ID.in(uuids))) {
            contrats.put(contrat.id(), contrat);
        }
        return contrats;
    }

    @Override
    public void enregistrer(Contrat contrat) {
        ContratRecord ligne = ContratMapper.versLigne(contrat);
        dsl.insertInto(CONTRAT).set(ligne)
                .onConflict(CONTRAT.ID).doUpdate().set(ligne)
                .execute();
        dsl.deleteFrom(CONTRAT_OPTION).where(CONTRAT_OPTION.CONTRAT_ID.eq(contrat.id().valeur())).execute();
        Lignes.inserer(dsl, CONTRAT_OPTION, ContratMapper.versLignesOptions(contrat));
    }

    /** The matching contrats, by date d'effet then numéro, with their options loaded in one more query. */
    @Override
    public List<Contrat> avecGarantieProgrammeeAu(LocalDate jour, int nombre) {
        return contrats(dsl.selectFrom(CONTRAT)
                .where(CONTRAT.GARANTIE_PROGRAMMEE_LE.le(jour))
                .orderBy(CONTRAT.GARANTIE_PROGRAMMEE_LE, CONTRAT.ID)
                .limit(nombre)
                .fetch());
    }

    private List<Contrat> chercher(Condition condition) {
        return contrats(dsl.selectFrom(CONTRAT)
                .where(condition)
                .orderBy(CONTRAT.DATE_EFFET, CONTRAT.NUMERO)
                .fetch());
    }

    private List<Contrat> contrats(List<ContratRecord> lignes) {
        if (lignes.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ContratOptionRecord>> optionsParContrat = dsl.selectFrom(CONTRAT_OPTION)
                .where(CONTRAT_OPTION.CONTRAT_ID.in(lignes.stream().map(ContratRecord::getId).collect(Collectors.toList())))
                .orderBy(CONTRAT_OPTION.CONTRAT_ID, CONTRAT_OPTION.RANG)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(ContratOptionRecord::getContratId));
        return lignes.stream()
                .map(ligne -> ContratMapper.versDomaine(ligne, optionsParContrat.getOrDefault(ligne.getId(), List.of())))
                .collect(Collectors.toUnmodifiableList());
    }
}
