package org.wardops.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

import java.util.Comparator;
import java.util.List;

/** Adds the {@link PageContext} as {@code ctx} to the model of every page. */
@ControllerAdvice
class PageContextAdvice {

    static final String NOTICE = "notice";
    private static final String API_PREFIX = "/api/";

    private final MessageSource messages;
    private final List<NavItem> navigation;
    private final DeploymentSettings deployment;
    private final ResourceUrlProvider assets;
    private final ObjectProvider<HeaderBadge> badges;

    PageContextAdvice(MessageSource messages, List<NavItem> navigation, DeploymentSettings deployment,
                      @Qualifier("mvcResourceUrlProvider") ResourceUrlProvider assets, ObjectProvider<HeaderBadge> badges) {
        this.messages = messages;
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
        this.deployment = deployment;
        this.assets = assets;
        this.badges = badges;
    }

    /**
     * The context of a page. Model attributes are built for every handler, also the REST API's, which renders no
     * page: there it returns null without asking the header badges (each a read) for anything.
     */
    @ModelAttribute("ctx")
    @Nullable PageContext pageContext(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX)) {
            return null;
        }
        Actor actor = CurrentActor.find().orElse(null);
        List<HeaderBadge.Badge> shown = actor == null ? List.of()
                : badges.orderedStream().flatMap(provider -> provider.badgeFor(actor).stream()).toList();
        return build(request, messages, navigation, deployment, assets, shown);
    }

    /** The context of an error page: no header badges, so that a failing provider cannot break the error page too. */
    static PageContext build(HttpServletRequest request, MessageSource messages, List<NavItem> navigation,
                             DeploymentSettings deployment, ResourceUrlProvider assets) {
        return build(request, messages, navigation, deployment, assets, List.of());
    }

    private static PageContext build(HttpServletRequest request, MessageSource messages, List<NavItem> navigation,
                                     DeploymentSettings deployment, ResourceUrlProvider assets, List<HeaderBadge.Badge> badges) {
        Actor actor = CurrentActor.find().orElse(null);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        var flash = RequestContextUtils.getInputFlashMap(request);
        Object notice = flash == null ? null : flash.get(NOTICE);
        List<NavItem> visible = actor == null ? List.of() : navigation.stream().filter(item -> item.visibleTo(actor)).toList();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return new PageContext(new Localizer(messages, LocaleContextHolder.getLocale()), actor, path,
                query == null ? path : path + "?" + query,
                csrf == null ? null : csrf.getParameterName(), csrf == null ? null : csrf.getToken(), visible,
                deployment.demo(), notice == null ? null : notice.toString(), badges, assetPath -> {
                    String versioned = assets.getForLookupPath(assetPath);
                    return versioned == null ? assetPath : versioned;
                });
    }
}
