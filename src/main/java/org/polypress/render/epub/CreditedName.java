package org.polypress.render.epub;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.polypress.model.Article;
import org.polypress.model.Credit;
import org.polypress.model.Role;

/**
 * A name the package document credits, with its MARC relator code.
 *
 * @param name    the name as written
 * @param relator the MARC relator code: aut, ctb, edt, trl or pht
 */
record CreditedName(String name, String relator) {

    /**
     * The {@code dc:creator}s: the byline's authors, then any other name credited as author, in order.
     * An author credited outside the byline is still an author, so it is a creator rather than a
     * contributor with the role {@code aut}.
     */
    static List<CreditedName> creators(Article article) {
        Set<CreditedName> creators = new LinkedHashSet<>();
        for (String author : article.authors()) {
            creators.add(new CreditedName(author.strip(), Role.AUTHOR.marcRelator()));
        }
        for (Credit credit : article.credits()) {
            if (credit.role() == Role.AUTHOR) {
                creators.add(of(credit));
            }
        }
        return withoutBlankNames(creators);
    }

    /** The {@code dc:contributor}s: every other credit, once per name and relator, in source order. */
    static List<CreditedName> contributors(Article article) {
        Set<CreditedName> contributors = new LinkedHashSet<>();
        for (Credit credit : article.credits()) {
            if (credit.role() != Role.AUTHOR) {
                contributors.add(of(credit));
            }
        }
        return withoutBlankNames(contributors);
    }

    private static CreditedName of(Credit credit) {
        return new CreditedName(credit.name().strip(), credit.role().marcRelator());
    }

    /** epubcheck rejects an empty {@code dc:creator}; a blank name credits no one anyway. */
    private static List<CreditedName> withoutBlankNames(Set<CreditedName> names) {
        List<CreditedName> kept = new ArrayList<>();
        for (CreditedName name : names) {
            String cleaned = XmlCharacters.clean(name.name()).strip();
            if (!cleaned.isEmpty()) {
                kept.add(name);
            }
        }
        return List.copyOf(kept);
    }
}
