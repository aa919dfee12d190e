package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versColonne;
import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versInstant;
import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versInstants;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.IdentifiantsRecord;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.compte.CodeConfirmationEmail;
import fr.espaceentreprise.domain.compte.Identifiants;
import fr.espaceentreprise.domain.compte.MotDePasseProvisoire;
import fr.espaceentreprise.domain.compte.Temporisation;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.Optional;

final class IdentifiantsMapper {

    private IdentifiantsMapper() {
    }

    static Identifiants versDomaine(IdentifiantsRecord ligne) {
        MotDePasseProvisoire provisoire = ligne.getEmpreinteMotDePasseProvisoire() == null
                ? null
                : new MotDePasseProvisoire(ligne.getEmpreinteMotDePasseProvisoire(),
                        versInstant(ligne.getMotDePasseProvisoireExpireLe()));
        CodeConfirmationEmail code = ligne.getEmpreinteCodeEmail() == null
                ? null
                : new CodeConfirmationEmail(ligne.getEmpreinteCodeEmail(), new Email(ligne.getCodeEmailAdresse()),
                        versInstant(ligne.getCodeEmailExpireLe()), ligne.getCodeEmailEssaisRestants());
        return Identifiants.rehydrater(
                new UtilisateurId(ligne.getUtilisateurId()),
                ligne.getEmpreinteMotDePasse(),
                provisoire,
                new Temporisation(ligne.getEchecsConsecutifs(), versInstants(ligne.getEchecsRecents())),
                ligne.getEmailConfirme() == null ? null : new Email(ligne.getEmailConfirme()),
                code,
                versInstant(ligne.getDerniereConnexion()));
    }

    static IdentifiantsRecord versLigne(Identifiants identifiants) {
        IdentifiantsRecord ligne = new IdentifiantsRecord();
        ligne.setUtilisateurId(identifiants.utilisateurId().valeur());
        ligne.setEmpreinteMotDePasse(identifiants.empreinteMotDePasse().orElse(null));
        Optional<MotDePasseProvisoire> provisoire = identifiants.motDePasseProvisoire();
        ligne.setEmpreinteMotDePasseProvisoire(provisoire.map(MotDePasseProvisoire::empreinte).orElse(null));
        ligne.setMotDePasseProvisoireExpireLe(versColonne(provisoire.map(MotDePasseProvisoire::expireLe).orElse(null)));
        ligne.setEchecsConsecutifs(identifiants.temporisation().echecsConsecutifs());
        ligne.setEchecsRecents(versColonne(identifiants.temporisation().echecsRecents()));
        ligne.setEmailConfirme(identifiants.emailConfirme().map(Email::valeur).orElse(null));
        Optional<CodeConfirmationEmail> code = identifiants.codeEmail();
        ligne.setEmpreinteCodeEmail(code.map(CodeConfirmationEmail::empreinte).orElse(null));
        ligne.setCodeEmailAdresse(code.map(c -> c.email().valeur()).orElse(null));
        ligne.setCodeEmailExpireLe(versColonne(code.map(CodeConfirmationEmail::expireLe).orElse(null)));
        ligne.setCodeEmailEssaisRestants(code.map(CodeConfirmationEmail::essaisRestants).orElse(null));
        ligne.setDerniereConnexion(versColonne(identifiants.derniereConnexion().orElse(null)));
        ligne.changed(true);
        return ligne;
    }
}
