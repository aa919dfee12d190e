package fr.espaceentreprise.adapters.persistence.contenu;

import static fr.espaceentreprise.adapters.persistence.jooq.Tables.CONTACT_COMMERCIAL;

import fr.espaceentreprise.adapters.persistence.jooq.tables.records.ContactCommercialRecord;
import fr.espaceentreprise.application.contenu.ContactRepository;
import fr.espaceentreprise.domain.commun.Email;
import fr.espaceentreprise.domain.commun.Telephone;
import fr.espaceentreprise.domain.contenu.Contact;
import fr.espaceentreprise.domain.contenu.ContactId;
import fr.espaceentreprise.domain.contenu.TexteBilingue;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** {@link ContactRepository} over {@code contact_commercial}. */
public final class JooqContactRepository implements ContactRepository {

    private final DSLContext dsl;

    public JooqContactRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Contact> lister() {
        return dsl.selectFrom(CONTACT_COMMERCIAL)
                .orderBy(CONTACT_COMMERCIAL.ORDRE, CONTACT_COMMERCIAL.NOM, CONTACT_COMMERCIAL.ID)
                .fetch(JooqContactRepository::contact);
    }

    @Override
    public Optional<Contact> trouver(ContactId id) {
        return dsl.selectFrom(CONTACT_COMMERCIAL).where(CONTACT_COMMERCIAL.ID.eq(id.valeur()))
                .fetchOptional(JooqContactRepository::contact);
    }

    @Override
    public void enregistrer(Contact contact) {
        ContactCommercialRecord ligne = dsl.newRecord(CONTACT_COMMERCIAL);
        ligne.setId(contact.id().valeur());
        ligne.setOrdre(contact.ordre());
        ligne.setNom(contact.nom());
        ligne.setFonctionFr(contact.fonction().fr());
        ligne.setFonctionEn(contact.fonction().en());
        ligne.setTelephone(contact.telephone().valeur());
        ligne.setEmail(contact.email().valeur());
        ligne.setSecteurFr(contact.secteur().fr());
        ligne.setSecteurEn(contact.secteur().en());
        dsl.insertInto(CONTACT_COMMERCIAL).set(ligne)
                .onConflict(CONTACT_COMMERCIAL.ID).doUpdate().set(ligne)
                .execute();
    }

    @Override
    public boolean supprimer(ContactId id) {
        return dsl.deleteFrom(CONTACT_COMMERCIAL).where(CONTACT_COMMERCIAL.ID.eq(id.valeur())).execute() > 0;
    }

    private static Contact contact(ContactCommercialRecord ligne) {
        return new Contact(new ContactId(ligne.getId()), ligne.getNom(),
                new TexteBilingue(ligne.getFonctionFr(), ligne.getFonctionEn()), new Telephone(ligne.getTelephone()),
                new Email(ligne.getEmail()), new TexteBilingue(ligne.getSecteurFr(), ligne.getSecteurEn()),
                ligne.getOrdre());
    }
}
