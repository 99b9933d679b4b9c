package org.wardops.citizensupport;

/**
 * The catalogue of what a citizen is helped with. {@link #ONLINE_PUBLIC_SERVICE} names the procedure by its code on
 * the national public-service portal; the codes are also the data-element suffixes ({@code assistance.byService.VNEID_ACTIVATION}).
 */
public enum AssistanceService {
    VNEID_ACTIVATION,
    VNEID_LEVEL2,
    ONLINE_PUBLIC_SERVICE,
    CASHLESS_PAYMENT,
    E_HEALTH_BOOK,
    FEEDBACK_APP,
    OTHER;

    public boolean needsProcedureCode() {
        return this == ONLINE_PUBLIC_SERVICE;
    }
}
