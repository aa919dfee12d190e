package fr.espaceentreprise.adapters.persistence.violations;

import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.TemplateEngine;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Session;
import io.nayuki.qrcodegen.QrCode;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Breaks the rules on purpose (see ArchitectureRulesCanFailTest): persistence using other adapters' libraries. */
public class PersistanceQuiEmpruntePartout {

    ObjectMapper json;
    EmbeddedPostgres postgres;
    Session mail;
    PDDocument pdf;
    TemplateEngine gabarits;
    QrCode qr;
    TrueTypeFont police;
}
