package org.evidenceapi.reference;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.format.TextFormat;
import de.undercouch.citeproc.output.SecondFieldAlign;

/**
 * citeproc-java's plain text, with one fix: where a style aligns its second field (the "1." of Vancouver),
 * the text format glues the number to the entry ("1.Vickers AJ"). This renders the first field and the rest
 * apart, as citeproc-java's HTML format does, and separates them with a space, as printed lists do.
 */
class CslTextFormat extends TextFormat {
    @Override
    protected String doFormatBibliographyEntry(TokenBuffer buffer, RenderContext ctx, int index) {
        SecondFieldAlign align = ctx.getStyle().getBibliography().getSecondFieldAlign();
        if (align == SecondFieldAlign.FALSE || buffer.isEmpty()) {
            return super.doFormatBibliographyEntry(buffer, ctx, index);
        }
        int firstField = 0;
        while (firstField < buffer.getTokens().size() && buffer.getTokens().get(firstField).isFirstField()) {
            ++firstField;
        }
        return format(buffer.copy(0, firstField)).strip() + " "
                + super.doFormatBibliographyEntry(buffer.copy(firstField, buffer.getTokens().size()), ctx, index);
    }
}
