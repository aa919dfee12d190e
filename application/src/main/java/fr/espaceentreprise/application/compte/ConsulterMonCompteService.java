package fr.espaceentreprise.application.compte;

import fr.espaceentreprise.application.commun.ControleAcces;
import fr.espaceentreprise.application.commun.Transactions;
import fr.espaceentreprise.domain.compte.Utilisateur;

public final class ConsulterMonCompteService implements ConsulterMonCompte {

    private final UtilisateurRepository utilisateurs;
    private final ControleAcces acces;
    private final Transactions transactions;

    public ConsulterMonCompteService(UtilisateurRepository utilisateurs, ControleAcces acces, Transactions transactions) {
        this.utilisateurs = utilisateurs;
        this.acces = acces;
        this.transactions = transactions;
    }

    @Override
    public MonCompte consulter(SessionAuthentifiee session) {
        acces.exigerEspace(session.acteur());
        Utilisateur utilisateur = transactions.enTransaction(() -> utilisateurs.trouver(session.utilisateurId()))
                .orElseThrow(Introuvable::exception);
        return new MonCompte(utilisateur.id(), utilisateur.numeroAdherent(), utilisateur.profil(), utilisateur.nom(),
                utilisateur.prenom(), utilisateur.email(), utilisateur.langue());
    }
}
