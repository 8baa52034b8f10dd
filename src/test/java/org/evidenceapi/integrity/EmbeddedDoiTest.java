package org.evidenceapi.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The DOI a link carries, without the punctuation of the sentence or link around it. */
@Tag("unit")
class EmbeddedDoiTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://doi.org/10.1186/1744-8069-6-73                         | 10.1186/1744-8069-6-73
            https://link.springer.com/article/10.1007/s00540-012-1456-4?x=1 | 10.1007/s00540-012-1456-4
            https://example.org/?doi=10.1000/abc&page=2                    | 10.1000/abc
            https://example.org/10.1000/abc#figure-1                       | 10.1000/abc
            See https://doi.org/10.1000/abc.                               | 10.1000/abc
            https://example.org/(10.1000/abc)                              | 10.1000/abc
            https://example.org/10.1000/abc(1)                             | 10.1000/abc(1)
            https://example.org/doi/10.1000%2Fabc%5B1%5D                   | 10.1000/abc[1]
            https://example.org/10.1000/a+b                                | 10.1000/a+b
            https://example.org/10.1000/a%ZZb                              | 10.1000/a%ZZb
            """)
    void findsTheDoiInALink(String url, String doi) {
        assertEquals(Optional.of(doi), EmbeddedDoi.in(url));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://www.ncbi.nlm.nih.gov/pmc/articles/PMC2940402/", "https://example.org/10.123/abc",
            "https://example.org/v110.1000/abc", "https://example.org/1.10.1000/abc", "", "10.1000/"})
    void findsNoneWhereThereIsNone(String url) {
        assertEquals(Optional.empty(), EmbeddedDoi.in(url));
    }
}
