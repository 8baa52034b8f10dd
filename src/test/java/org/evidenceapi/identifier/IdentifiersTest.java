package org.evidenceapi.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each identifier's accepted forms, the stored form they normalise to, and what is refused. */
@Tag("unit")
class IdentifiersTest {
    @ParameterizedTest(name = "\"{0}\" is the DOI {1}")
    @CsvSource(delimiter = '|', textBlock = """
            10.1186/1744-8069-6-73            | 10.1186/1744-8069-6-73
            '  10.1000/xyz  '                 | 10.1000/xyz
            doi:10.1000/xyz                   | 10.1000/xyz
            DOI: 10.1000/xyz                  | 10.1000/xyz
            https://doi.org/10.1000/ABC       | 10.1000/ABC
            http://dx.doi.org/10.1000/abc     | 10.1000/abc
            HTTPS://DOI.ORG/10.123456789/a(1) | 10.123456789/a(1)
            """)
    void acceptsADoiBareAsPrefixedOrAsADoiOrgUrl(String value, String doi) {
        assertEquals(doi, Identifiers.doi(value));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "10.123/x", "10.1234567890/x", "10.1000/", "10.1000/a b", "11.1000/x",
            "https://example.org/10.1000/x", "doi 10.1000/x", "1000/x"})
    void refusesWhatIsNotADoi(String value) {
        assertNull(Identifiers.doi(value));
    }

    @Test
    void aDoiIsKnownByItsLowerCasedForm() {
        assertEquals("10.1000/abc", Identifiers.doiKey("10.1000/ABC"));
        assertEquals(Identifiers.doiKey("10.1000/aBc"), Identifiers.doiKey("10.1000/AbC"));
        assertNull(Identifiers.doiKey(null));
    }

    @Test
    void acceptsAPmidOfOneToNineDigits() {
        assertEquals("1", Identifiers.pmid("1"));
        assertEquals("123456789", Identifiers.pmid("123456789"));
        assertEquals("20735843", Identifiers.pmid(" 20735843 "));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "0", "0123", "1234567890", "123a", "PMID123", "-1", "12 34"})
    void refusesWhatIsNotAPmid(String value) {
        assertNull(Identifiers.pmid(value));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"PMC2940402, PMC2940402", "pmc2940402, PMC2940402", "' Pmc1 ', PMC1",
            "PMC123456789, PMC123456789"})
    void acceptsAPmcidInAnyCase(String value, String pmcid) {
        assertEquals(pmcid, Identifiers.pmcid(value));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "PMC", "2940402", "PMC1234567890", "PMC 123", "PMC12a", "PMID123"})
    void refusesWhatIsNotAPmcid(String value) {
        assertNull(Identifiers.pmcid(value));
    }

    /** 0317-8471 is ISO 3297's own example; the others are journals' ISSNs, X standing for a check value of 10. */
    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"0317-8471, 0317-8471", "03178471, 0317-8471", "1744-8069, 1744-8069", "2049-3630, 2049-3630",
            "1050-124X, 1050-124X", "1050-124x, 1050-124X", "' 0000006X ', 0000-006X"})
    void acceptsAnIssnWithTheRightCheckDigit(String value, String issn) {
        assertEquals(issn, Identifiers.issn(value));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullSource
    @ValueSource(strings = {"0317-8472", "0317-8470", "1050-1240", "1744-806X", "2049-3631"})
    void refusesAnIssnWithAWrongCheckDigit(String value) {
        assertNull(Identifiers.issn(value));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "0317-847", "0317-84711", "0317 8471", "X317-8471", "0317-847Y", "ISSN 0317-8471"})
    void refusesWhatIsNotShapedAsAnIssn(String value) {
        assertNull(Identifiers.issn(value));
    }
}
