package org.wardops.supervision.internal;

import org.springframework.stereotype.Component;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitView;
import org.wardops.documents.DocumentFormat;
import org.wardops.documents.DocumentManagement;
import org.wardops.documents.DocumentStyle;
import org.wardops.documents.FormalDocument;
import org.wardops.documents.RenderedDocument;
import org.wardops.supervision.ProgrammeView;
import org.wardops.supervision.SessionView;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The formal papers of a session a reader may already see: the conclusion notice and the minutes. */
@Component
public class SessionPapers {

    private final DirectoryManagement directory;
    private final DocumentManagement documents;

    SessionPapers(DirectoryManagement directory, DocumentManagement documents) {
        this.directory = directory;
        this.documents = documents;
    }

    public RenderedDocument conclusionNotice(SessionView session, ProgrammeView programme, DocumentFormat format, DocumentStyle style) {
        FormalDocument document = SessionDocuments.conclusionNotice(session, superiorOf(session), programme.documentReference(),
                unitNames(session), placeOf(session), style);
        return documents.render(document, format, "thong-bao-ket-luan-" + session.heldOn());
    }

    public RenderedDocument minutes(SessionView session, DocumentFormat format, DocumentStyle style) {
        FormalDocument document = SessionDocuments.minutes(session, superiorOf(session), unitNames(session), placeOf(session),
                Minutes.paragraphs(session.minutes()), style);
        return documents.render(document, format, "bien-ban-" + session.heldOn());
    }

    /** The names of the session's units and of the units its feedback names, in one query. */
    public Map<UUID, String> unitNames(SessionView session) {
        Set<UUID> ids = new HashSet<>(session.unitIds());
        session.feedback().forEach(item -> ids.add(item.unitId()));
        return directory.units(ids).stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
    }

    private String superiorOf(SessionView session) {
        UnitView group = directory.unit(session.workingGroupId());
        return group.parentId() == null ? "" : directory.unit(group.parentId()).name();
    }

    private String placeOf(SessionView session) {
        UnitView group = directory.unit(session.workingGroupId());
        UnitView city = group.provinceCode() == null ? null : directory.unitByCode(group.provinceCode()).orElse(null);
        return city == null ? session.place() : city.name();
    }
}
