package org.wardops.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.ConflictException;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.WardOpsException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns exceptions into answers: RFC 9457 problem details with a stable {@code code} and a localised message under
 * {@code /api}, the localised error page everywhere else. Expected failures log at DEBUG; anything unknown logs at
 * ERROR with a reference that the page shows, and its message never reaches the user.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorResponses {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

    private final MessageSource messages;
    private final JsonMapper json;
    private final List<NavItem> navigation;
    private final DeploymentSettings deployment;
    private final ResourceUrlProvider assets;

    ErrorResponses(MessageSource messages, JsonMapper json, List<NavItem> navigation, DeploymentSettings deployment,
                   @Qualifier("mvcResourceUrlProvider") ResourceUrlProvider assets) {
        this.messages = messages;
        this.json = json;
        this.navigation = navigation;
        this.deployment = deployment;
        this.assets = assets;
    }

    @ExceptionHandler(WardOpsException.class)
    @Nullable ModelAndView wardOps(WardOpsException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.messageKey());
        List<FieldProblem> problems = e instanceof InvalidInputException invalid ? invalid.problems() : List.of();
        return answer(request, response, status(e.kind()), e.messageKey(), text(e.messageKey(), e.arguments()), problems, null);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @Nullable ModelAndView stale(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var e = ConflictException.staleVersion();
        return answer(request, response, HttpStatus.CONFLICT, e.messageKey(), text(e.messageKey()), List.of(), null);
    }

    @ExceptionHandler({AccessDeniedException.class})
    @Nullable ModelAndView denied(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var e = AccessRefusedException.missingRole();
        return answer(request, response, HttpStatus.FORBIDDEN, e.messageKey(), text(e.messageKey()), List.of(), null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    @Nullable ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.NOT_FOUND, "shared.error.notFound", text("shared.error.notFound"), List.of(), null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    @Nullable ModelAndView methodNotAllowed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.METHOD_NOT_ALLOWED, "shared.error.methodNotAllowed",
                text("shared.error.methodNotAllowed"), List.of(), null);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    @Nullable ModelAndView invalidBody(MethodArgumentNotValidException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), "shared.error.input.field", List.of(
                        messages.getMessage(error, LocaleContextHolder.getLocale()))))
                .toList();
        return answer(request, response, HttpStatus.BAD_REQUEST, "shared.error.input.invalid", text("shared.error.input.invalid"), problems, null);
    }

    /** A path variable or query parameter that does not convert ({@code ?state=FOO}, an id that is no UUID). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @Nullable ModelAndView mistyped(MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        return badParameter(request, response, e.getName(), "shared.error.input.parameterMistyped");
    }

    /** A blank path variable ({@code /api/v1/difficulties/%20}) converts to nothing. */
    @ExceptionHandler(MissingPathVariableException.class)
    @Nullable ModelAndView blankPathVariable(MissingPathVariableException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        return badParameter(request, response, e.getVariableName(), "shared.error.input.parameterMissing");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    @Nullable ModelAndView missingParameter(MissingServletRequestParameterException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        return badParameter(request, response, e.getParameterName(), "shared.error.input.parameterMissing");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    @Nullable ModelAndView missingPart(MissingServletRequestPartException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        return badParameter(request, response, e.getRequestPartName(), "shared.error.input.parameterMissing");
    }

    /** Unreadable JSON: broken syntax, a wrong type, a number out of range, a null in a list; names the field when known. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    @Nullable ModelAndView unreadable(HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<FieldProblem> problems = BodyProblems.of(e).map(List::of).orElse(List.of());
        return answer(request, response, HttpStatus.BAD_REQUEST, "shared.error.input.unreadable", text("shared.error.input.unreadable"), problems, null);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    @Nullable ModelAndView notAcceptable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.NOT_ACCEPTABLE, "shared.error.input.notAcceptable", text("shared.error.input.notAcceptable"), List.of(), null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    @Nullable ModelAndView unsupportedMediaType(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "shared.error.input.unsupportedMediaType",
                text("shared.error.input.unsupportedMediaType"), List.of(), null);
    }

    @ExceptionHandler({HandlerMethodValidationException.class, ServletRequestBindingException.class, MultipartException.class})
    @Nullable ModelAndView badRequest(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.debug("Bad request {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        return answer(request, response, HttpStatus.BAD_REQUEST, "shared.error.input.unreadable", text("shared.error.input.unreadable"), List.of(), null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @Nullable ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.CONTENT_TOO_LARGE, "shared.error.upload.tooLarge", text("shared.error.upload.tooLarge"), List.of(), null);
    }

    /**
     * The database refused a value (too long, out of range, a broken reference). Modules validate first, so this is
     * the last line of defence: a 400 for the caller, a WARN with a reference for us to find the missing check.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    @Nullable ModelAndView dataIntegrity(DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String reference = reference();
        log.warn("The database refused input [ref {}] on {} {}: {}", reference, request.getMethod(), request.getRequestURI(),
                e.getMostSpecificCause().getMessage());
        return answer(request, response, HttpStatus.BAD_REQUEST, "shared.error.input.refusedByDatabase",
                text("shared.error.input.refusedByDatabase", reference), List.of(), reference);
    }

    /** Any other of Spring MVC's own client errors keeps its status. */
    @ExceptionHandler(ErrorResponseException.class)
    @Nullable ModelAndView springClientError(ErrorResponseException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        if (status == null || !status.is4xxClientError()) {
            return unexpected(e, request, response);
        }
        return forStatus(request, response, status);
    }

    @ExceptionHandler(Exception.class)
    @Nullable ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String reference = reference();
        log.error("Unexpected failure [ref {}] on {} {}", reference, request.getMethod(), request.getRequestURI(), e);
        return answer(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "shared.error.unexpected",
                text("shared.error.unexpected", reference), List.of(), reference);
    }

    /** For errors that never reached a controller (the servlet container's {@code /error} dispatch). */
    @Nullable ModelAndView forStatus(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
        String code = switch (status) {
            case NOT_FOUND -> "shared.error.notFound";
            case FORBIDDEN -> "shared.error.access.missingRole";
            case UNAUTHORIZED -> "shared.error.access.notAuthenticated";
            case METHOD_NOT_ALLOWED -> "shared.error.methodNotAllowed";
            case NOT_ACCEPTABLE -> "shared.error.input.notAcceptable";
            case UNSUPPORTED_MEDIA_TYPE -> "shared.error.input.unsupportedMediaType";
            case CONTENT_TOO_LARGE -> "shared.error.upload.tooLarge";
            case TOO_MANY_REQUESTS -> "shared.error.tooManyRequests";
            default -> status.is4xxClientError() ? "shared.error.input.unreadable" : "shared.error.unexpected";
        };
        String reference = status.is5xxServerError() ? reference() : null;
        if (reference != null) {
            log.error("Unexpected failure [ref {}] reported by the container for {}", reference, request.getAttribute("jakarta.servlet.error.request_uri"));
        }
        return answer(request, response, status, code, reference == null ? text(code) : text(code, reference), List.of(), reference);
    }

    private @Nullable ModelAndView badParameter(HttpServletRequest request, HttpServletResponse response, String name, String key) throws IOException {
        log.debug("Bad parameter {} on {} {}", name, request.getMethod(), request.getRequestURI());
        return answer(request, response, HttpStatus.BAD_REQUEST, key, text(key, name), List.of(FieldProblem.of(name, key, name)), null);
    }

    private static String reference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private @Nullable ModelAndView answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                                          String message, List<FieldProblem> problems, @Nullable String reference) throws IOException {
        List<Map<String, String>> errors = problems.stream()
                .map(problem -> Map.of("field", problem.field(), "code", problem.messageKey(),
                        "message", text(problem.messageKey(), problem.arguments().toArray())))
                .toList();
        if (isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            problem.setTitle(text("shared.error.title." + status.value()));
            problem.setProperty("code", code);
            if (!errors.isEmpty()) {
                problem.setProperty("errors", errors);
            }
            if (reference != null) {
                problem.setProperty("reference", reference);
            }
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getWriter(), problem);
            return null;
        }
        ModelAndView page = new ModelAndView("error/page");
        page.setStatus(status);
        page.addObject("ctx", PageContextAdvice.build(request, messages, navigation, deployment, assets));
        page.addObject("error", new ErrorView(status.value(), text("shared.error.title." + status.value()), message,
                errors.stream().map(error -> error.get("message")).toList(), reference));
        return page;
    }

    static boolean isApi(HttpServletRequest request) {
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        String uri = original == null ? request.getRequestURI() : original.toString();
        return uri.startsWith(request.getContextPath() + "/api/");
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private static HttpStatus status(WardOpsException.Kind kind) {
        return switch (kind) {
            case BAD_INPUT -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_VIOLATION -> HttpStatus.UNPROCESSABLE_CONTENT;
            case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
        };
    }
}
