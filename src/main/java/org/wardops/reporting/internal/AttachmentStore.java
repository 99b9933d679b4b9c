package org.wardops.reporting.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.reporting.AttachmentContent;
import org.wardops.reporting.AttachmentView;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Report attachments with their content. */
@Repository
public class AttachmentStore {

    private static final String COLUMNS = "id, report_id, field_key, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(AttachmentView attachment, byte[] content) {
        jdbc.sql("INSERT INTO reporting_attachment (id, report_id, field_key, file_name, content_type, size_bytes, sha256, content, "
                        + "uploaded_by, uploaded_at) VALUES (:id, :report, :field, :name, :type, :size, :sha, :content, :by, :at)")
                .param("id", attachment.id())
                .param("report", attachment.reportId())
                .param("field", attachment.fieldKey())
                .param("name", attachment.fileName())
                .param("type", attachment.contentType())
                .param("size", attachment.size())
                .param("sha", attachment.sha256())
                .param("content", content)
                .param("by", attachment.uploadedBy())
                .param("at", Sql.timestamp(attachment.uploadedAt()))
                .update();
    }

    public List<AttachmentView> ofReport(UUID reportId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reporting_attachment WHERE report_id = :report ORDER BY uploaded_at")
                .param("report", reportId).query(AttachmentStore::view).list();
    }

    public Optional<AttachmentContent> content(UUID reportId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + ", content FROM reporting_attachment WHERE id = :id AND report_id = :report")
                .param("id", id).param("report", reportId)
                .query((rs, row) -> new AttachmentContent(view(rs, row), rs.getBytes("content"))).optional();
    }

    private static AttachmentView view(ResultSet rs, int row) throws SQLException {
        return new AttachmentView(rs.getObject("id", UUID.class), rs.getObject("report_id", UUID.class), rs.getString("field_key"),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("uploaded_by"), Objects.requireNonNull(Sql.instant(rs, "uploaded_at")));
    }
}
