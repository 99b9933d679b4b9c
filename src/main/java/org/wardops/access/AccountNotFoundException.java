package org.wardops.access;

import org.wardops.shared.NotFoundException;

import java.util.UUID;

public class AccountNotFoundException extends NotFoundException {

    public AccountNotFoundException(UUID id) {
        super("access.error.account.notFound", id);
    }
}
