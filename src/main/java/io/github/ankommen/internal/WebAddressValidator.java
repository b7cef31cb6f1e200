package io.github.ankommen.internal;

import io.github.ankommen.network.WebAddress;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;

/** Checks {@link WebAddress}: an absolute http or https URI with a host. */
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
