package fr.espaceentreprise.adapters.persistence.compte;

import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versColonne;
import static fr.espaceentreprise.adapters.persistence.compte.Horodatages.versInstant;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.CODE_DE_SECOURS;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.ENROLEMENT_SECOND_FACTEUR;
import static fr.espaceentreprise.adapters.persistence.jooq.Tables.SECOND_FACTEUR;

import fr.espaceentreprise.adapters.persistence.commun.ChiffrementSecrets;
import fr.espaceentreprise.adapters.persistence.commun.Lignes;
import fr.espaceentreprise.adapters.persistence.jooq.tables.records.CodeDeSecoursRecord;
import fr.espaceentreprise.adapters.persistence.jooq.tables.records.EnrolementSecondFacteurRecord;
import fr.espaceentreprise.adapters.persistence.jooq.tables.records.SecondFacteurRecord;
import fr.espaceentreprise.application.compte.SecondsFacteursRepository;
import fr.espaceentreprise.domain.compte.CodeDeSecours;
import fr.espaceentreprise.domain.compte.EnrolementSecondFacteur;
import fr.espaceentreprise.domain.compte.SecondFacteur;
import fr.espaceentreprise.domain.compte.SecretTotp;
import fr.espaceentreprise.domain.compte.UtilisateurId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Table;

/**
 * {@link SecondsFacteursRepository} over {@code second_facteur} (with its {@code code_de_secours}) and
 * {@code enrolement_second_facteur}, one row per user in each. The TOTP secret is encrypted before it is written
 * ({@link ChiffrementSecrets}, a new nonce each time), bound to its table and user: a secret copied into another
 * row, or read under another key, does not decrypt.
 *
 * <p>{@link #trouver} locks the factor's row ({@code FOR UPDATE}) until the caller's transaction ends: a code is
 * checked and then the factor written back with its last step and its spent recovery codes, so two checks on one
 * account run one after the other and the second cannot accept the code the first accepted, nor bring back codes a
 * regeneration replaced.
 */
public final class JooqSecondsFacteursRepository implements SecondsFacteursRepository {

    private final DSLContext dsl;
    private final ChiffrementSecrets chiffrement;

    public JooqSecondsFacteursRepository(DSLContext dsl, ChiffrementSecrets chiffrement) {
        this.dsl = dsl;
        this.chiffrement = chiffrement;
    }

    @Override
    public Optional<SecondFacteur> trouver(UtilisateurId utilisateurId) {
        return dsl.selectFrom(SECOND_FACTEUR)
                .where(SECOND_FACTEUR.UTILISATEUR_ID.eq(utilisateurId.valeur()))
                .forUpdate()
                .fetchOptional()
                .map(ligne -> SecondFacteur.rehydrater(utilisateurId,
                        dechiffrer(ligne.getSecretChiffre(), SECOND_FACTEUR, utilisateurId),
                        versInstant(ligne.getActifDepuis()), ligne.getDernierPas(), codesDeSecours(utilisateurId)));
    }

    private List<CodeDeSecours> codesDeSecours(UtilisateurId utilisateurId) {
        return dsl.selectFrom(CODE_DE_SECOURS)
                .where(CODE_DE_SECOURS.UTILISATEUR_ID.eq(utilisateurId.valeur()))
                .orderBy(CODE_DE_SECOURS.EMPREINTE_CODE)
                .fetch(ligne -> new CodeDeSecours(ligne.getEmpreinteCode(),
                        Optional.ofNullable(versInstant(ligne.getUtiliseLe()))));
    }

    /** The factor's row, then its codes: those of the previous factor, or before this check, go. */
    @Override
    public void enregistrer(SecondFacteur facteur) {
        UtilisateurId utilisateurId = facteur.utilisateurId();
        SecondFacteurRecord ligne = new SecondFacteurRecord(utilisateurId.valeur(),
                chiffrer(facteur.secret(), SECOND_FACTEUR, utilisateurId), versColonne(facteur.actifDepuis()),
                facteur.dernierPas());
        dsl.insertInto(SECOND_FACTEUR).set(ligne)
                .onConflict(SECOND_FACTEUR.UTILISATEUR_ID).doUpdate().set(ligne)
                .execute();
        dsl.deleteFrom(CODE_DE_SECOURS).where(CODE_DE_SECOURS.UTILISATEUR_ID.eq(utilisateurId.valeur())).execute();
        Lignes.inserer(dsl, CODE_DE_SECOURS, facteur.codesDeSecours().stream()
                .map(code -> ligne(utilisateurId, code))
                .toList());
    }

    private static CodeDeSecoursRecord ligne(UtilisateurId utilisateurId, CodeDeSecours code) {
        CodeDeSecoursRecord ligne = new CodeDeSecoursRecord(utilisateurId.valeur(), code.empreinte(),
                versColonne(code.utiliseLe().orElse(null)));
        ligne.changed(true);
        return ligne;
    }

    /** The codes go with the factor (on delete cascade). */
    @Override
    public void supprimer(UtilisateurId utilisateurId) {
        dsl.deleteFrom(SECOND_FACTEUR).where(SECOND_FACTEUR.UTILISATEUR_ID.eq(utilisateurId.valeur())).execute();
        supprimerEnrolement(utilisateurId);
    }

    @Override
    public Optional<EnrolementSecondFacteur> trouverEnrolement(UtilisateurId utilisateurId) {
        return dsl.selectFrom(ENROLEMENT_SECOND_FACTEUR)
                .where(ENROLEMENT_SECOND_FACTEUR.UTILISATEUR_ID.eq(utilisateurId.valeur()))
                .fetchOptional()
                .map(ligne -> new EnrolementSecondFacteur(utilisateurId,
                        dechiffrer(ligne.getSecretChiffre(), ENROLEMENT_SECOND_FACTEUR, utilisateurId),
                        versInstant(ligne.getCommenceLe())));
    }

    @Override
    public void enregistrerEnrolement(EnrolementSecondFacteur enrolement) {
        UtilisateurId utilisateurId = enrolement.utilisateurId();
        EnrolementSecondFacteurRecord ligne = new EnrolementSecondFacteurRecord(utilisateurId.valeur(),
                chiffrer(enrolement.secret(), ENROLEMENT_SECOND_FACTEUR, utilisateurId),
                versColonne(enrolement.commenceLe()));
        dsl.insertInto(ENROLEMENT_SECOND_FACTEUR).set(ligne)
                .onConflict(ENROLEMENT_SECOND_FACTEUR.UTILISATEUR_ID).doUpdate().set(ligne)
                .execute();
    }

    @Override
    public void supprimerEnrolement(UtilisateurId utilisateurId) {
        dsl.deleteFrom(ENROLEMENT_SECOND_FACTEUR)
                .where(ENROLEMENT_SECOND_FACTEUR.UTILISATEUR_ID.eq(utilisateurId.valeur()))
                .execute();
    }

    private byte[] chiffrer(SecretTotp secret, Table<?> table, UtilisateurId utilisateurId) {
        byte[] clair = secret.octets();
        try {
            return chiffrement.chiffrer(clair, contexte(table, utilisateurId));
        } finally {
            Arrays.fill(clair, (byte) 0);
        }
    }

    private SecretTotp dechiffrer(byte[] chiffre, Table<?> table, UtilisateurId utilisateurId) {
        byte[] clair = chiffrement.dechiffrer(chiffre, contexte(table, utilisateurId));
        try {
            return SecretTotp.de(clair);
        } finally {
            Arrays.fill(clair, (byte) 0);
        }
    }

    /** What a ciphertext is bound to: its table and its user. */
    static String contexte(Table<?> table, UtilisateurId utilisateurId) {
        return table.getName() + ":" + utilisateurId.valeur();
    }
}
