package org.wardops.support;

import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.wardops.access.internal.AccountStore;
import org.wardops.access.internal.ActorFactory;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

import java.util.function.Supplier;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Acts as a demo account in tests: for MockMvc page requests, or around a direct facade call. */
public class Actors {

    private final AccountStore accounts;
    private final ActorFactory actors;

    Actors(AccountStore accounts, ActorFactory actors) {
        this.accounts = accounts;
        this.actors = actors;
    }

    public Actor actor(String username) {
        return actors.actorOf(accounts.findByUsername(username).orElseThrow(() -> new IllegalArgumentException(username)));
    }

    /** A logged-in session of the account, for MockMvc. */
    public RequestPostProcessor session(String username) {
        Authentication authentication = CurrentActor.authenticationOf(actor(username));
        return authentication(authentication);
    }

    public <T> T as(String username, Supplier<T> work) {
        return CurrentActor.runAs(actor(username), work);
    }

    public void as(String username, Runnable work) {
        CurrentActor.runAs(actor(username), work);
    }
}
