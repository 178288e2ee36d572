package org.inkstone.account;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import org.inkstone.common.InvalidParameterException;

import java.util.Collection;
import java.util.List;

/**
 * Rules for the names readers show (comment nicknames, account display names). Threat: a reader posing as
 * staff ("管理员", an editor's display name, or a look-alike such as "Αdmin" with a Greek Alpha),
 * and names that break the layout or the direction of text around them.
 *
 * <p>A name is trimmed and NFC-normalised (so {@code José} typed as one precomposed character or as {@code e} plus
 * a combining accent is stored alike), must be 1–{@value #MAX} code points, and may not contain control, format (bidi
 * overrides, zero-width characters), default-ignorable (such as the Hangul filler U+3164), private-use,
 * unassigned or line/paragraph-separator characters; at least one character must be visible (not the
 * Braille blank U+2800). It is
 * refused when its confusable skeleton (Unicode UTS #39 via ICU4J {@link SpoofChecker}, after NFKC case
 * folding and with spaces and punctuation removed) equals the skeleton of a staff display name, or contains
 * the skeleton of a reserved word. {@link #uniqueKey} is the key under which account display names are unique
 * (and anonymous nicknames may not copy them). Immutable and thread-safe.
 */
public final class DisplayNames {

    /** Maximum length in code points. */
    public static final int MAX = 24;

    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().setChecks(SpoofChecker.CONFUSABLE).build();
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /** Longest {@link #uniqueKey} in code points (the database column holds this many). */
    static final int MAX_KEY = 512;

    private final List<String> reservedSkeletons;

    /** {@code reserved}: words no reader name may contain, such as "管理员" or "admin". */
    public DisplayNames(Collection<String> reserved) {
        this.reservedSkeletons = reserved.stream().map(DisplayNames::skeleton).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Returns the trimmed, NFC-normalised name, or throws {@link InvalidParameterException} naming {@code field}
     * with the reason.
     *
     * @param staffNames display names of staff accounts (exact look-alikes are refused)
     */
    public String check(String field, String raw, Collection<String> staffNames) {
        String name = raw == null ? "" : NFC.normalize(raw.strip()).strip();
        int length = name.codePointCount(0, name.length());
        if (length < 1 || length > MAX) {
            throw new InvalidParameterException(field, "需为 1–" + MAX + " 个字符");
        }
        if (name.codePoints().anyMatch(DisplayNames::forbidden)) {
            throw new InvalidParameterException(field, "含有不允许的控制或格式字符");
        }
        if (name.codePoints().noneMatch(DisplayNames::visible)) {
            throw new InvalidParameterException(field, "不能只由空白或不可见字符组成");
        }
        String skeleton = skeleton(name);
        String key = uniqueKey(name);
        if (key.codePointCount(0, key.length()) > MAX_KEY) {
            throw new InvalidParameterException(field, "含有过多的兼容或组合字符");
        }
        for (String reserved : reservedSkeletons) {
            if (skeleton.contains(reserved)) {
                throw new InvalidParameterException(field, "不能使用或模仿工作人员的名称");
            }
        }
        for (String staff : staffNames) {
            if (skeleton.equals(skeleton(staff))) {
                throw new InvalidParameterException(field, "不能使用或模仿工作人员的名称");
            }
        }
        return name;
    }

    /** The UTS #39 skeleton of the case-folded NFKC name with spaces and punctuation removed. */
    static String skeleton(String name) {
        String folded = NFKC_CF.normalize(name);
        StringBuilder letters = new StringBuilder(folded.length());
        folded.codePoints().filter(cp -> UCharacter.isLetterOrDigit(cp) || UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK)
                .forEach(letters::appendCodePoint);
        return NFKC_CF.normalize(SPOOF.getSkeleton(letters));
    }

    /**
     * The key under which display names are unique: the {@link #skeleton}, or for a name without any letter or
     * digit (only symbols, such as emoji) the UTS #39 skeleton of all its case-folded NFKC characters except
     * white space. Two names with one key look alike (or are the same name spelled differently).
     */
    static String uniqueKey(String name) {
        String skeleton = skeleton(name);
        if (!skeleton.isEmpty()) {
            return skeleton;
        }
        StringBuilder visible = new StringBuilder();
        NFKC_CF.normalize(name).codePoints().filter(DisplayNames::visible).forEach(visible::appendCodePoint);
        return NFKC_CF.normalize(SPOOF.getSkeleton(visible));
    }

    /** A character that shows something: not white space, not a blank look-alike (Hangul filler, Braille blank). */
    private static boolean visible(int cp) {
        return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != 0x2800
                && !UCharacter.hasBinaryProperty(cp, com.ibm.icu.lang.UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }

    private static boolean forbidden(int cp) {
        int type = Character.getType(cp);
        return UCharacter.hasBinaryProperty(cp, com.ibm.icu.lang.UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
