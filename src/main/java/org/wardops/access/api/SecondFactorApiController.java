package org.wardops.access.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wardops.access.SecondFactorManagement;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Authentication", description = "API tokens and the acting account")
class SecondFactorApiController {

    /** A TOTP code from the authenticator app, or a recovery code. */
    record CodeRequest(@NotBlank @Size(max = 40) String code) {

        @Override
        public String toString() {
            return "CodeRequest[code=***]";
        }
    }

    /** The recovery codes of a new enrolment, shown once. */
    record RecoveryCodes(List<String> recoveryCodes) {

        @Override
        public String toString() {
            return "RecoveryCodes[" + recoveryCodes.size() + "]";
        }
    }

    private final SecondFactorManagement secondFactors;

    SecondFactorApiController(SecondFactorManagement secondFactors) {
        this.secondFactors = secondFactors;
    }

    @GetMapping("/api/v1/me/second-factor")
    @Operation(operationId = "status", summary = "Your second factor: enrolled, pending, mandatory for your role, recovery codes left")
    SecondFactorManagement.Status status() {
        return secondFactors.status();
    }

    @PostMapping("/api/v1/me/second-factor")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "enrolSecondFactor", summary = "Start enrolling a TOTP second factor", description = "Answers the secret, the otpauth URI and the QR code as a PNG data URI; confirm with a first code.")
    SecondFactorManagement.Enrolment enrol() {
        return secondFactors.startEnrolment();
    }

    @PostMapping("/api/v1/me/second-factor/confirm")
    @Operation(operationId = "confirm", summary = "Confirm the enrolment with a first code", description = "Answers ten single-use recovery codes, shown only now.")
    RecoveryCodes confirm(@Valid @RequestBody CodeRequest request, HttpServletRequest http) {
        return new RecoveryCodes(secondFactors.confirmEnrolment(request.code(), http.getRemoteAddr()));
    }

    @PostMapping("/api/v1/me/second-factor/remove")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "remove", summary = "Remove your second factor, with a valid code (refused where your role makes it mandatory)")
    void remove(@Valid @RequestBody CodeRequest request, HttpServletRequest http) {
        secondFactors.remove(request.code(), http.getRemoteAddr());
    }

    @DeleteMapping("/api/v1/accounts/{id}/second-factor")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "reset", summary = "Reset an account's second factor after a lost phone (system administrators)")
    void reset(@PathVariable UUID id) {
        secondFactors.reset(id);
    }
}
