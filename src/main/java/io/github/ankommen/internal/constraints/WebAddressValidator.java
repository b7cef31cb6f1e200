package io.github.ankommen.internal.constraints;

import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.WebAddress;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;

/**
 * RecordValidation {@link WebAddress}: an absolute http or https URI with a host.
 *
 * @since 0.1.0
 */
public final class WebAddressValidator implements ConstraintValidator<WebAddress, URI> {

    /** Creates the validator; Hibernate Validator calls this. */
    public WebAddressValidator() {
    }

    @Override
    public boolean isValid(URI value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String scheme = value.getScheme();
        return value.isAbsolute() && !value.isOpaque() && value.getHost() != null
                && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
    }
}
