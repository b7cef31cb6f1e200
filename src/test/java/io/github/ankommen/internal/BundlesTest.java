package io.github.ankommen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The two message bundles are complete, alike, and free of Expression Language. */
class BundlesTest {

    @Test
    void germanAndEnglishHaveTheSameKeys() throws IOException {
        Properties english = load("ValidationMessages.properties");
        Properties german = load("ValidationMessages_de.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(german.stringPropertyNames()));
    }

    @Test
    void noMessageUsesExpressionLanguage() throws IOException {
        for (String file : new String[] {"ValidationMessages.properties", "ValidationMessages_de.properties"}) {
            Properties bundle = load(file);
            for (String key : bundle.stringPropertyNames()) {
                assertFalse(bundle.getProperty(key).contains("${"), file + ": " + key);
            }
        }
    }

    @Test
    void libraryKeysAreNamespaced() throws IOException {
        for (String key : load("ValidationMessages.properties").stringPropertyNames()) {
            assertFalse(!key.startsWith("io.github.ankommen.") && !key.startsWith("jakarta.validation.constraints."),
                    "key outside the library's namespace: " + key);
        }
    }

    private static Properties load(String file) throws IOException {
        try (InputStream in = RecordValidation.class.getResourceAsStream(file)) {
            assertNotNull(in, file);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
