package org.wardops.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;

/** Replaces Spring Boot's white-label page: errors raised outside controllers get the same localised answer. */
@Controller
class FallbackErrorController implements ErrorController {

    private final ErrorResponses responses;

    FallbackErrorController(ErrorResponses responses) {
        this.responses = responses;
    }

    @RequestMapping({"/error", "/error/{status}"})
    @Nullable ModelAndView error(HttpServletRequest request, HttpServletResponse response,
                                 @PathVariable(required = false) @Nullable Integer status) throws IOException {
        Object code = status != null ? status : request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus resolved = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        return responses.forStatus(request, response, resolved);
    }
}
