package org.wardops.access.internal;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.springframework.stereotype.Component;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * RFC 6238 codes with the {@code dev.samstevens.totp} library: SHA-1, 6 digits, 30-second steps (what every
 * authenticator app understands), one step of clock drift either way. Which step matched is answered, so that the
 * caller can refuse a code used before.
 */
@Component
public class TotpCodes {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;
    private static final Pattern CODE = Pattern.compile("\\d{6}");

    private final Clock clock;
    private final DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    TotpCodes(Clock clock) {
        // the codes of an authenticator app follow real time, also in a demo told on other days
        this.clock = clock instanceof org.wardops.shared.time.ApplicationClock application ? application.machine() : clock;
    }

    public String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    public List<String> newRecoveryCodes() {
        return Arrays.asList(new RecoveryCodeGenerator().generateCodes(10));
    }

    public String otpauthUri(String secret, String account) {
        return qrData(secret, account).getUri();
    }

    /** The enrolment QR code as a PNG data URI (the pages' Content-Security-Policy admits {@code data:} images). */
    public String qrDataUri(String secret, String account) {
        try {
            ZxingPngQrGenerator png = new ZxingPngQrGenerator();
            png.setImageSize(240);
            return Utils.getDataUriForImage(png.generate(qrData(secret, account)), png.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code could not be drawn", e);
        }
    }

    /** The step of the code, if it is valid now (or one step before or after). */
    public OptionalLong matchingStep(String secret, String code) {
        String digits = code.replace(" ", "").strip();
        if (!CODE.matcher(digits).matches()) {
            return OptionalLong.empty();
        }
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = now - 1; step <= now + 1; step++) {
            if (MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII), digits.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of the current step: what the phone shows now (used by tests and never logged). */
    public String currentCode(String secret) {
        return codeAt(secret, clock.instant().getEpochSecond() / PERIOD_SECONDS);
    }

    String codeAt(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP code could not be computed", e);
        }
    }

    private static QrData qrData(String secret, String account) {
        return new QrData.Builder().label(account).secret(secret).issuer("WardOps")
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
    }
}
