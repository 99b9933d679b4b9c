package org.wardops.difficulties.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wardops.difficulties.DifficultyAttachment;
import org.wardops.difficulties.DifficultyAttachmentContent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The evidence attached to difficulties, with its content. */
@Repository
public class DifficultyAttachmentStore {

    private static final String COLUMNS = "id, difficulty_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    DifficultyAttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(DifficultyAttachment attachment, byte[] content) {
        jdbc.sql("INSERT INTO difficulties_attachment (id, difficulty_id, file_name, content_type, size_bytes, sha256, content, uploaded_by, "
                        + "uploaded_at) VALUES (:id, :difficulty, :name, :type, :size, :sha, :content, :by, :at)")
                .param("id", attachment.id())
                .param("difficulty", attachment.difficultyId())
                .param("name", attachment.fileName())
                .param("type", attachment.contentType())
                .param("size", attachment.size())
                .param("sha", attachment.sha256())
                .param("content", content)
                .param("by", attachment.uploadedBy())
                .param("at", DifficultyStore.timestamp(attachment.uploadedAt()))
                .update();
    }

    public List<DifficultyAttachment> of(UUID difficultyId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM difficulties_attachment WHERE difficulty_id = :difficulty ORDER BY uploaded_at, file_name")
                .param("difficulty", difficultyId).query(DifficultyAttachmentStore::attachment).list();
    }

    public Optional<DifficultyAttachmentContent> content(UUID difficultyId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + ", content FROM difficulties_attachment WHERE id = :id AND difficulty_id = :difficulty")
                .param("id", id).param("difficulty", difficultyId)
                .query((rs, row) -> new DifficultyAttachmentContent(attachment(rs, row), rs.getBytes("content"))).optional();
    }

    private static DifficultyAttachment attachment(ResultSet rs, int row) throws SQLException {
        return new DifficultyAttachment(rs.getObject("id", UUID.class), rs.getObject("difficulty_id", UUID.class), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                DifficultyStore.instant(rs, "uploaded_at"));
    }
}
