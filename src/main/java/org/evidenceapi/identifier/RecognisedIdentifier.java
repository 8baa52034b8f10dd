package org.evidenceapi.identifier;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidenceapi.common.problem.ProblemException;

@Schema(description = "An identifier recognised in free input, validated and normalised exactly as the write paths "
        + "store it, with the address that resolves it.")
public record RecognisedIdentifier(
        @Schema(description = "The value as given.", examples = "https://doi.org/10.1016/J.JPAIN.2017.11.005")
        String input,
        IdentifierType type,
        @Schema(description = "The normalised form: a bare DOI (matched case-insensitively), the PMID's digits, "
                + "PMC + digits, or an ISSN as NNNN-NNNC.", examples = "10.1016/J.JPAIN.2017.11.005") String value,
        @Schema(examples = "https://doi.org/10.1016/J.JPAIN.2017.11.005") String url) {

    private static final Pattern DOI_LIKE = Pattern.compile("^(?i)(doi:|https?://(dx\\.)?doi\\.org/|10\\.).*");
    private static final Pattern PMC_LIKE = Pattern.compile(
            "^(?i)(?:https?://(?:www\\.)?ncbi\\.nlm\\.nih\\.gov/pmc/articles/|https?://pmc\\.ncbi\\.nlm\\.nih\\.gov/articles/)?"
                    + "(pmc[^/]*)/?$");
    private static final Pattern PMID_LIKE = Pattern.compile(
            "^(?i)(?:pmid:?\\s*|https?://pubmed\\.ncbi\\.nlm\\.nih\\.gov/)?(\\d[^/]*)/?$");
    private static final Pattern ISSN_LIKE = Pattern.compile("^(?i)(?:issn:?\\s*(\\S+)|(\\d{4}-\\S*|\\d{7}X))$");

    /**
     * Recognises a DOI (bare, doi: or a doi.org URL), a PMCID (also as a PMC URL), a PMID (digits, pmid: or a
     * PubMed URL) or an ISSN (NNNN-NNNC, or with an ISSN prefix); plain digits are a PMID. A 400 says why not.
     */
    public static RecognisedIdentifier of(String input) {
        String value = input == null ? "" : input.trim();
        if (value.isEmpty()) {
            throw ProblemException.badParameter("value", "is required: a DOI, PMID, PMCID or ISSN");
        }
        if (DOI_LIKE.matcher(value).matches()) {
            String doi = require(Identifiers.doi(value), "looks like a DOI but is not one: a DOI is 10., a "
                    + "registrant code of 4 to 9 digits, '/', and a suffix without spaces");
            return new RecognisedIdentifier(input, IdentifierType.DOI, doi, "https://doi.org/" + doi);
        }
        Matcher pmc = PMC_LIKE.matcher(value);
        if (pmc.matches()) {
            String pmcid = require(Identifiers.pmcid(pmc.group(1)), "looks like a PMCID but is not one: PMC "
                    + "followed by digits");
            return new RecognisedIdentifier(input, IdentifierType.PMCID, pmcid,
                    "https://www.ncbi.nlm.nih.gov/pmc/articles/" + pmcid + "/");
        }
        Matcher issn = ISSN_LIKE.matcher(value);
        if (issn.matches()) {
            String given = issn.group(1) != null ? issn.group(1) : issn.group(2);
            String normalised = require(Identifiers.issn(given), "looks like an ISSN but is not one: NNNN-NNNC "
                    + "whose last character is the mod-11 check digit of the first seven");
            return new RecognisedIdentifier(input, IdentifierType.ISSN, normalised,
                    "https://portal.issn.org/resource/ISSN/" + normalised);
        }
        Matcher pmid = PMID_LIKE.matcher(value);
        if (pmid.matches()) {
            String digits = require(Identifiers.pmid(pmid.group(1)), "looks like a PMID but is not one: 1 to 9 "
                    + "digits, not starting with 0");
            return new RecognisedIdentifier(input, IdentifierType.PMID, digits,
                    "https://pubmed.ncbi.nlm.nih.gov/" + digits + "/");
        }
        throw ProblemException.badParameter("value", "is not a DOI, PMID, PMCID or ISSN: '"
                + value.substring(0, Math.min(value.length(), 100)) + "'");
    }

    private static String require(String normalised, String reason) {
        if (normalised == null) {
            throw ProblemException.badParameter("value", reason);
        }
        return normalised;
    }
}
