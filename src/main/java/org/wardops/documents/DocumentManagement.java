package org.wardops.documents;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.documents.internal.DocxWriter;
import org.wardops.documents.internal.NumberRegister;
import org.wardops.documents.internal.PdfWriter;
import org.wardops.documents.internal.XlsxWriter;
import org.wardops.shared.security.CurrentActor;

import java.util.UUID;

/**
 * Renders formal documents and exports, and hands out document numbers. Whoever asks must be logged in; what a
 * document may contain is decided by the module that builds it, which also audits the number it takes.
 */
@Service
public class DocumentManagement {

    private final DocxWriter docx;
    private final PdfWriter pdf;
    private final XlsxWriter xlsx;
    private final NumberRegister register;

    DocumentManagement(DocxWriter docx, PdfWriter pdf, XlsxWriter xlsx, NumberRegister register) {
        this.docx = docx;
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.register = register;
    }

    public RenderedDocument render(FormalDocument document, DocumentFormat format, String baseName) {
        CurrentActor.get();
        byte[] content = switch (format) {
            case DOCX -> docx.write(document);
            case PDF -> pdf.write(document);
        };
        return new RenderedDocument(content, format.contentType(), baseName + "." + format.extension());
    }

    public RenderedDocument spreadsheet(Spreadsheet sheet, String baseName) {
        CurrentActor.get();
        return new RenderedDocument(xlsx.write(sheet), Spreadsheet.CONTENT_TYPE, baseName + ".xlsx");
    }

    /**
     * The next number in the register of a unit for a document type and year, starting at 1. Joins the caller's
     * transaction, so a number taken by a change that rolls back is given out again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int nextNumber(UUID unitId, String typeCode, int year) {
        CurrentActor.get();
        return register.next(unitId, typeCode, year);
    }
}
