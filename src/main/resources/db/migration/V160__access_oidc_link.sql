-- Single sign-on (OIDC): which WardOps account a provider's person is. Linked once by the configured claim (e.g.
-- preferred_username); later log-ins find the account by the provider's stable subject, so a renamed claim at the
-- provider does not move the person to another account.
CREATE TABLE access_oidc_link (
    issuer     VARCHAR(500) NOT NULL,
    subject    VARCHAR(255) NOT NULL,
    account_id UUID NOT NULL REFERENCES access_account (id) ON DELETE CASCADE,
    linked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_access_oidc_link PRIMARY KEY (issuer, subject)
);

CREATE INDEX ix_access_oidc_link_account ON access_oidc_link (account_id);
