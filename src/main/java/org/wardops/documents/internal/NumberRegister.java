package org.wardops.documents.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.UUID;

/**
 * The document register: one counter per unit, document type and year. The UPDATE locks the row, so two
 * transactions never get the same number; the first number of a year inserts the row.
 */
@Repository
public class NumberRegister {

    private final JdbcClient jdbc;

    NumberRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int next(UUID unitId, String typeCode, int year) {
        if (increment(unitId, typeCode, year)) {
            return current(unitId, typeCode, year);
        }
        try {
            jdbc.sql("INSERT INTO documents_number_counter (unit_id, type_code, counter_year, last_number) VALUES (:unit, :type, :year, 1)")
                    .param("unit", unitId).param("type", typeCode).param("year", year).update();
            return 1;
        } catch (DuplicateKeyException raced) {
            increment(unitId, typeCode, year);
            return current(unitId, typeCode, year);
        }
    }

    private boolean increment(UUID unitId, String typeCode, int year) {
        return jdbc.sql("UPDATE documents_number_counter SET last_number = last_number + 1 "
                        + "WHERE unit_id = :unit AND type_code = :type AND counter_year = :year")
                .param("unit", unitId).param("type", typeCode).param("year", year).update() == 1;
    }

    private int current(UUID unitId, String typeCode, int year) {
        return jdbc.sql("SELECT last_number FROM documents_number_counter WHERE unit_id = :unit AND type_code = :type AND counter_year = :year")
                .param("unit", unitId).param("type", typeCode).param("year", year).query(Integer.class).single();
    }
}
