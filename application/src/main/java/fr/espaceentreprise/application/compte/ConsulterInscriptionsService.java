package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.CurseurChronologique;
import fr.espaceentreprise.application.commun.Page;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.compte.DemandeInscription;
import java.util.List;

public final class ConsulterInscriptionsService implements ConsulterInscriptions {

    private final DemandeInscriptionRepository demandes;
    private final ControleurInscriptions controleur;
    private final ControleAcces acces;
    private final Transactions transactions;

    public ConsulterInscriptionsService(DemandeInscriptionRepository demandes, ControleurInscriptions controleur,
                                        ControleAcces acces, Transactions transactions) {
        this.demandes = demandes;
        this.controleur = controleur;
        this.acces = acces;
        this.transactions = transactions;
    }

    @Override
    public Page<InscriptionAControler, CurseurChronologique> consulter(Requete requete) {
        acces.exigerGestionnaire(requete.acteur());
        return transactions.enTransaction(() -> {
            Page<DemandeInscription, CurseurChronologique> page = Page.depuis(
                    demandes.listerEnAttente(requete.apres(), requete.taille() + 1), requete.taille(),
                    demande -> new CurseurChronologique(demande.recueLe(), demande.id().valeur()));
            List<InscriptionAControler> elements = page.elements().stream()
                    .map(demande -> new InscriptionAControler(demande, controleur.controler(demande)))
                    .toList();
            return new Page<>(elements, page.suivant());
        });
    }
}
