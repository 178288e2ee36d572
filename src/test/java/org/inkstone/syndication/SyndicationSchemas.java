package org.inkstone.syndication;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates partner documents against the IPTC schemas in {@code ../shared/data/iptc} (found through the system
 * property {@code inkstone.shared.dir} that surefire and failsafe set from the pom's {@code shared.dir}, default
 * {@code ../shared}): ninjs 2.1 with networknt json-schema-validator (draft 2020-12, {@code format} asserted), and
 * NewsML-G2 2.35 with the JDK's {@code javax.xml.validation}. Nothing is fetched over the network: the ninjs schema's
 * one external {@code $ref} (GeoJSON) is mapped to a local stub ({@code GeoJSON-stub.json} beside this class), any
 * other http(s) load fails the test, and the XML schema may read local files only. Each schema is loaded once per
 * JVM; validation is thread-safe (a new XML validator per call).
 */
public final class SyndicationSchemas {

    private static final String NINJS_ID = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json";
    private static final String GEOJSON = "https://geojson.org/schema/GeoJSON.json";

    private static final Schema NINJS = loadNinjs();
    private static final javax.xml.validation.Schema NEWSML_G2 = loadNewsmlG2();

    private SyndicationSchemas() {
    }

    /** {@code ../shared/data/iptc/...} as the build passes it. */
    public static Path iptc(String file) {
        return Path.of(System.getProperty("inkstone.shared.dir", "../shared"), "data/iptc").resolve(file);
    }

    /** @throws AssertionError naming the first error (instance location and message) when {@code json} is not valid ninjs 2.1 */
    public static void validateNinjs(String json) {
        List<Error> errors = NINJS.validate(json, InputFormat.JSON,
                ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
        if (!errors.isEmpty()) {
            throw new AssertionError("ninjs 2.1: " + errors.get(0) + (errors.size() > 1 ? " (+" + (errors.size() - 1)
                    + " more)" : "") + " in " + abbreviate(json));
        }
    }

    /** @throws AssertionError naming the first error (line, column, message) when {@code xml} is not a valid NewsML-G2 2.35 document */
    public static void validateNewsmlG2(String xml) {
        Validator v = NEWSML_G2.newValidator();
        try {
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            v.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new AssertionError("NewsML-G2 2.35: line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + ": " + e.getMessage() + " in " + abbreviate(xml), e);
        } catch (SAXException e) {
            throw new AssertionError("NewsML-G2 2.35: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema loadNinjs() {
        try {
            String text = Files.readString(iptc("ninjs-schema_2.1.json"), StandardCharsets.UTF_8);
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    b -> b.schemaLoader(l -> l
                            .schemaIdResolvers(r -> r.mapPrefix(GEOJSON,
                                    "classpath:org/inkstone/syndication/GeoJSON-stub.json"))
                            .resourceLoaders(r -> r.add(iri -> {
                                String scheme = iri.getScheme();
                                if ("http".equals(scheme) || "https".equals(scheme)) {
                                    throw new AssertionError("the ninjs schema would fetch " + iri
                                            + " over the network; map it to a local file in SyndicationSchemas");
                                }
                                return null;
                            }))));
            return registry.getSchema(SchemaLocation.of(NINJS_ID), text, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException("the ninjs 2.1 schema (../shared/data/iptc)", e);
        }
    }

    private static javax.xml.validation.Schema loadNewsmlG2() {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            return f.newSchema(iptc("newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd").toFile());
        } catch (SAXException e) {
            throw new IllegalStateException("the NewsML-G2 2.35 schema (../shared/data/iptc/newsml-g2)", e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 600 ? s : s.substring(0, 600) + "…";
    }
}
