package fr.espaceentreprise.application.salarie;

import fr.espaceentreprise.domain.exploitation.Rubrique;
import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.application.compte.GenerateurSecrets;
import fr.espaceentreprise.application.contrat.ContratRepository;
import fr.espaceentreprise.application.entreprise.EntrepriseRepository;
import fr.espaceentreprise.application.contrat.Visibilite;
import fr.espaceentreprise.domain.perimetre.Acteur;
import fr.espaceentreprise.domain.salarie.Attestation;
import fr.espaceentreprise.domain.salarie.SalarieId;

import java.time.Clock;
import java.time.LocalDate;

public final class DelivrerAttestationService implements DelivrerAttestation {

    private final SalarieRepository salaries;
    private final AttestationRepository attestations;
    private final Visibilite visibilite;
    private final GenerateurSecrets generateur;
    private final ControleAcces acces;
    private final Transactions transactions;
    private final Clock horloge;

    public DelivrerAttestationService(EntrepriseRepository entreprises, ContratRepository contrats,
                                      SalarieRepository salaries, AttestationRepository attestations,
                                      GenerateurSecrets generateur, ControleAcces acces, Transactions transactions, Clock horloge) {
        this.salaries = salaries;
        this.attestations = attestations;
        this.visibilite = new Visibilite(entreprises, contrats);
        this.generateur = generateur;
        this.acces = acces;
        this.transactions = transactions;
        this.horloge = horloge;
    }

    @Override
    public Attestation delivrer(Acteur acteur, SalarieId salarieId) {
        acces.exigerRubrique(acteur, Rubrique.SALARIES);
        return transactions.enTransaction(() -> {
            SalarieVisible visible = SalarieVisible.lire(salaries, visibilite, acteur, salarieId);
            Attestation attestation = Attestation.delivrer(generateur.codeVerification(), visible.salarie(),
                    visible.entreprise(), visible.contrats(), LocalDate.now(horloge), horloge.instant());
            attestations.enregistrer(attestation);
            return attestation;
        });
    }
}
