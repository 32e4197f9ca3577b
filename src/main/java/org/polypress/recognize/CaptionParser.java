package org.polypress.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polypress.model.Block;
import org.polypress.model.Credit;
import org.polypress.model.Role;

/**
 * Recognizes a photo caption: a block closed by a credit the language writes for pictures
 * ({@code (Xinhua/Li Xin)}, {@code (Photo: AFP)}, {@code （警視庁提供）}), a block whose own last line is
 * the credit ({@code Фото: Дмитрий Азаров, Коммерсантъ}, or a photographer's name alone), or a block
 * opened by words that describe a picture ({@code Photo taken on …}).
 */
final class CaptionParser {

    /** A caption, and who its credit names. */
    record Parsed(Block.Figure figure, List<Credit> credits) {
    }

    private static final int MAX_CAPTION_CHARS = 300;
    /** A credit line is a line: longer, and the label opens a sentence. */
    private static final int MAX_CREDIT_LINE_CHARS = 100;

    /** A caption closed by a credit with the picture's label can tell the picture's story at length. */
    private static final int MAX_LABELLED_CAPTION_CHARS = 800;

    /** How far from its end a caption's credit can start. */
    private static final int CREDIT_TAIL_CHARS = 130;

    /** What parts the credits of one line ("Foto: Jane Doe | Vídeo: EPV"). */
    private static final Pattern BAR = Pattern.compile("\\s+\\|\\s+");

    private CaptionParser() {
    }

    static Optional<Parsed> parse(List<String> lines, Conventions conventions) {
        String text = TextBlocks.join(lines);
        if (text.length() > MAX_LABELLED_CAPTION_CHARS) {
            return Optional.empty();
        }
        if (text.length() > MAX_CAPTION_CHARS + CREDIT_TAIL_CHARS) {
            // a caption is a sentence or two and its credit: a block this long is running text, but for a caption
            // that tells the picture's story closed by a credit with the picture's label ("… (Photo: Jane Doe)")
            return creditClosed(text, conventions).filter(p -> isLabelled(p.figure().credit(), conventions));
        }
        Optional<Parsed> closed = creditClosed(text, conventions);
        if (closed.isPresent()) {
            return closed;
        }
        if (lines.size() >= 2) {
            Optional<Parsed> creditLine = creditOnLastLine(lines, conventions);
            if (creditLine.isPresent()) {
                return creditLine;
            }
        }
        if (text.length() <= MAX_CAPTION_CHARS) {
            Optional<TrailingCredit.Split> trailing = TrailingCredit.split(text, conventions);
            if (trailing.isPresent()) {
                String credit = trailing.get().credit();
                return Optional.of(new Parsed(new Block.Figure(trailing.get().caption(), credit, null),
                        creditedIn(credit, conventions)));
            }
        }
        for (String opener : conventions.captionOpeners()) {
            if (text.startsWith(opener)) {
                return Optional.of(new Parsed(new Block.Figure(text, null, null), List.of()));
            }
        }
        if (text.length() <= MAX_CAPTION_CHARS && lines.size() == 1 && conventions.hasCaptionMark(text)) {
            // "Jane Doe (left) and John Roe at the vote.": a person's place in the picture
            return Optional.of(new Parsed(new Block.Figure(text, null, null), List.of()));
        }
        return Optional.empty();
    }

    /**
     * A picture's credit standing alone, as a credit line of the language ("Foto: dpa", "Photo by Jane Doe",
     * "© Reuters") or a bracketed credit with no caption before it ("(Photo: AFP)"): who it credits.
     */
    static Optional<List<Credit>> creditLine(String text, Conventions conventions) {
        if (text.length() > CREDIT_TAIL_CHARS) {
            return Optional.empty();
        }
        String[] parts = BAR.split(text);
        if (parts.length > 1) {
            // "Foto: Jane Doe (REUTERS) | Vídeo: EPV": each part a credit of its own
            List<Credit> all = new ArrayList<>();
            for (String part : parts) {
                Optional<List<Credit>> one = creditLine(part.strip(), conventions);
                if (one.isEmpty()) {
                    return Optional.empty();
                }
                all.addAll(one.get());
            }
            return Optional.of(all);
        }
        for (Conventions.NoteRule rule : conventions.captionCreditLines()) {
            Matcher m = rule.pattern().matcher(text);
            if (m.matches()) {
                List<String> names = NameList.split(m.group("who"), conventions);
                if (NameList.plausible(names)) {
                    return Optional.of(names.stream().map(n -> new Credit(n, rule.role(), null)).toList());
                }
                // the label says it is a credit even where what follows is more than names ("Photo: Jane Doe for
                // The Courier via Getty Images"): who it credits is what it names apart
                if (m.group("who").length() <= MAX_CREDIT_LINE_CHARS && !m.group("who").isBlank()) {
                    return Optional.of(creditedIn(m.group("who"), conventions));
                }
            }
        }
        // a credit with no caption before it starts where the line starts
        Optional<Parsed> closed = creditClosed(text, conventions, 0, true);
        if (closed.isPresent() && closed.get().figure().caption() == null) {
            return Optional.of(closed.get().credits());
        }
        return Optional.empty();
    }

    /** Whether {@code credit} is one of the language's credit lines ("Photo: Jane Doe", "Photo by AFP"). */
    private static boolean isLabelled(String credit, Conventions conventions) {
        String line = CreditLineParser.unbracket(credit);
        return conventions.captionCreditLines().stream().anyMatch(rule -> rule.pattern().matcher(line).matches());
    }

    private static Optional<Parsed> creditClosed(String text, Conventions conventions) {
        // every credit closes its caption and is a few names long: only the text's tail can hold one, and searching
        // only there keeps a long paragraph from costing every pattern a pass over all of it
        return creditClosed(text, conventions, Math.max(0, text.length() - CREDIT_TAIL_CHARS), false);
    }

    /**
     * The first credit, by the order of the conventions' patterns, that closes {@code text} and starts at or after
     * {@code from} (only at {@code from} when {@code there}): each pattern tried where a credit can start, at the
     * start of a word or at a sign, leftmost first, as a search would find it.
     */
    private static Optional<Parsed> creditClosed(String text, Conventions conventions, int from, boolean there) {
        return creditClosed(text, conventions, from, there, true);
    }

    /** The credit closing {@code text}'s tail, as a caption is searched; {@code gated} false tries every pattern. */
    static Optional<Parsed> creditClosing(String text, Conventions conventions, boolean gated) {
        return creditClosed(text, conventions, Math.max(0, text.length() - CREDIT_TAIL_CHARS), false, gated);
    }

    /** The credit that is all of {@code text}, as a credit line is read; {@code gated} false tries every pattern. */
    static Optional<Parsed> creditAlone(String text, Conventions conventions, boolean gated) {
        return creditClosed(text, conventions, 0, true, gated);
    }

    private static Optional<Parsed> creditClosed(String text, Conventions conventions, int from, boolean there,
            boolean gated) {
        // where a credit can start is found only for a pattern whose words the tail holds
        int[] starts = there ? new int[] {from} : null;
        int[] wordStarts = starts;
        String folded = null;
        for (CaptionCredit credit : conventions.captionCredits()) {
            // a credit holds one of the words its pattern opens with ("photo", "©"): without them, no place is tried
            if (folded == null) {
                folded = CreditKeywords.foldedTail(text, from);
            }
            if (!credit.keywords().mayOccurIn(folded)) {
                continue;
            }
            if (gated && !credit.gate().admits(text, from)) {
                // nor one of the other words every match holds ("Jane Doe/© Agency": a slash and a ©), which the
                // pattern, opening with a name, would otherwise be tried for at each word of the tail
                continue;
            }
            Matcher m = credit.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            boolean found = false;
            // a credit that must follow a space starts at a word; any other starts at the space before it or a sign
            boolean afterSpace = credit.afterSpace();
            if (afterSpace && wordStarts == null) {
                wordStarts = creditStarts(text, from, true);
            }
            if (!afterSpace && starts == null && !credit.opensWithSign()) {
                starts = creditStarts(text, from, false);
            }
            if (!there && credit.opensWithSign()) {
                // every place such a credit can start is a sign, where a credit may start: one search finds it
                found = m.region(from, text.length()).find();
            } else {
                for (int start : afterSpace ? wordStarts : starts) {
                    if (m.region(start, text.length()).lookingAt()) {
                        found = true;
                        break;
                    }
                }
            }
            if (found) {
                String who = DateRecognizer.group(m, "who");
                List<String> names = who == null ? List.of() : NameList.split(who, conventions);
                if (!names.isEmpty() && !NameList.plausible(names)) {
                    continue;
                }
                String caption = text.substring(0, m.start()).strip();
                return Optional.of(new Parsed(new Block.Figure(caption.isEmpty() ? null : caption,
                        m.group("credit").strip(), null), photographers(names)));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether every match of {@code credit} starts at a sign or a space: its pattern opens with an escaped sign
     * ({@code \(}, {@code \|}), a space ({@code \s}) or a sign standing for itself ({@code （}, {@code ©}), and no
     * quantifier lets that first sign be left out.
     */
    static boolean opensWithSign(Pattern credit) {
        String regex = credit.pattern();
        if (regex.isEmpty()) {
            return false;
        }
        int first = regex.codePointAt(0);
        int atom;
        if (first == '\\') {
            if (regex.length() < 2 || regex.charAt(1) != 's' && Character.isLetterOrDigit(regex.charAt(1))) {
                return false;
            }
            atom = 2;
        } else if (Character.isLetterOrDigit(first) || Character.isWhitespace(first)
                || "([^$.*+?{|)".indexOf(first) >= 0) {
            return false;
        } else {
            atom = Character.charCount(first);
        }
        return regex.length() > atom && "*?{".indexOf(regex.charAt(atom)) < 0;
    }

    /**
     * Where a credit can start in {@code text} from {@code from} on: a space or a sign, a word right after a sign
     * ("….Foto: dpa"), a capital glued to a word ("…im HafenFoto: dpa"), a word of another script glued to one
     * ("…の写真Photo: AP"); and, {@code afterSpace}, a word right after a space. A credit in a script written without
     * spaces opens with a sign: a bracket, "＝", "/".
     */
    private static int[] creditStarts(String text, int from, boolean afterSpace) {
        int[] starts = new int[text.length() - from];
        int count = 0;
        // the script of the character before, when the last step looked it up: each is looked up once
        Character.UnicodeScript beforeScript = null;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            boolean afterSign = !Character.isLetterOrDigit(before) && (afterSpace || !Character.isWhitespace(before));
            Character.UnicodeScript script = null;
            if (!Character.isLetterOrDigit(c) || afterSign || Character.isUpperCase(c) && Character.isLowerCase(before)
                    || (script = WordShape.script(c)) != (beforeScript != null ? beforeScript
                            : WordShape.script(before))) {
                starts[count++] = i;
            }
            beforeScript = script;
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    /** The last line is the credit: every part of it (split at "|") a credit line or a name alone. */
    private static Optional<Parsed> creditOnLastLine(List<String> lines, Conventions conventions) {
        String last = lines.get(lines.size() - 1);
        String caption = TextBlocks.join(lines.subList(0, lines.size() - 1));
        // a caption is a sentence or two; a long text with a name under it is a paragraph signed off
        if (caption.length() > MAX_CAPTION_CHARS) {
            return Optional.empty();
        }
        List<Credit> credits = new ArrayList<>();
        for (String part : BAR.split(last)) {
            Optional<List<Credit>> partCredits = creditLinePart(part.strip(), conventions);
            if (partCredits.isEmpty()) {
                return Optional.empty();
            }
            credits.addAll(partCredits.get());
        }
        return Optional.of(new Parsed(new Block.Figure(caption, last, null), credits));
    }

    private static Optional<List<Credit>> creditLinePart(String part, Conventions conventions) {
        for (Conventions.NoteRule rule : conventions.captionCreditLines()) {
            Matcher m = rule.pattern().matcher(part);
            if (m.matches()) {
                List<String> names = NameList.split(m.group("who"), conventions);
                if (NameList.plausible(names)) {
                    return Optional.of(names.stream().map(n -> new Credit(n, rule.role(), null)).toList());
                }
            }
        }
        if (conventions.name().matcher(part).matches()) {
            return Optional.of(List.of(new Credit(part, Role.PHOTOGRAPHER, null)));
        }
        return Optional.empty();
    }

    /** Who a credit names: agencies as sources, the rest as photographers ("Jane Doe/dpa"). */
    static List<Credit> creditedIn(String credit, Conventions conventions) {
        List<Credit> credits = new ArrayList<>();
        for (String part : credit.split("\\s*(?:[/|,;]|\\s+via\\s+)\\s*")) {
            String name = part.strip().replaceFirst("^(?i:©|\\(c\\)|copyright)\\s*", "")
                    .replaceFirst("(?i)\\s+(?:photos?|images?)$", "").replaceFirst("[.]$", "").strip();
            if (name.isEmpty() || !NameList.plausible(List.of(name))) {
                continue;
            }
            credits.add(new Credit(name, conventions.isAgency(name) ? Role.SOURCE : Role.PHOTOGRAPHER, null));
        }
        return credits;
    }

    private static List<Credit> photographers(List<String> names) {
        return names.stream().map(n -> new Credit(n, Role.PHOTOGRAPHER, null)).toList();
    }
}
