package org.wardops.access;

/**
 * What a person may do with accounts. Administrators provision every account (but never disable their own);
 * everyone reads their own account, chooses its language and holds its API tokens.
 */
public enum AccountAction {
    /** List accounts and read any one of them. */
    READ_ACCOUNTS,
    CREATE_ACCOUNT,
    /** Change person, unit, roles and working group; reset the password. */
    CHANGE_ACCOUNT,
    /** Disable the account: logged out at its next request, its tokens revoked. */
    DISABLE_ACCOUNT,
    ENABLE_ACCOUNT,
    /** Read one's own account ({@code /api/v1/me}). */
    READ_OWN_ACCOUNT,
    /** Choose the language of one's own account. */
    CHOOSE_LANGUAGE,
    /** Obtain an API token for one's own account with its password. */
    ISSUE_TOKEN,
    /** Revoke one of one's own API tokens. */
    REVOKE_OWN_TOKEN,
    /** Enrol, confirm or remove one's own second factor (TOTP). */
    MANAGE_OWN_SECOND_FACTOR,
    /** Remove someone's second factor after a lost phone, so that they enrol again. */
    RESET_SECOND_FACTOR
}
