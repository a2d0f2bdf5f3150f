package org.casewatch.match;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a word of any of our scripts into a Latin "skeleton" in which the usual spellings of a name agree:
 * Cyrillic and Kazakh letters are transliterated, then dzh/dj/zh/j become j, kh becomes h, y becomes i,
 * initial ye becomes e, q becomes k, apostrophes and soft signs vanish and doubled letters collapse.
 * So Dzhakishev, Djakishev, Jakishev, Джакишев and Жақышев all become {@code jakishev}.
 */
public final class Skeleton {

    private Skeleton() {
    }

    /** The lower-case Latin transliteration of a word, before any folding (for typo comparison). */
    static String latin(String word) {
        StringBuilder out = new StringBuilder(word.length() + 4);
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String mapped = letter(c);
            if (mapped != null) {
                out.append(mapped);
            } else if (c < 0x80) {
                if (Character.isLetter(c)) {
                    out.append(c);
                }
            } else {
                // Latin letters with diacritics (Kazakh Latin ä, ö, ü, ū, ñ...) keep their base letter.
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                if (!base.isEmpty() && base.charAt(0) < 0x80 && Character.isLetter(base.charAt(0))) {
                    out.append(base);
                }
            }
        }
        return out.toString();
    }

    /** The folded skeleton of a word. */
    public static String of(String word) {
        return fold(latin(word));
    }

    static String fold(String latin) {
        String s = latin;
        if (s.startsWith("ye") || s.startsWith("je")) {
            s = "e" + s.substring(2);
        }
        s = dropGlideY(s);
        s = s.replace("dzh", "j").replace("dj", "j").replace("zh", "j").replace("kh", "h").replace("gh", "g")
                .replace("ts", "c").replace("q", "k").replace("w", "v").replace('y', 'i');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** "Kenzhetayeva" and "Кенжетаева" (Kenzhetaeva) agree: a y between vowels is only a written glide. */
    private static String dropGlideY(String s) {
        if (s.indexOf('y') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean glide = c == 'y' && i > 0 && i + 1 < s.length() && isVowel(s.charAt(i - 1)) && isVowel(s.charAt(i + 1));
            if (!glide) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /** Cyrillic (Russian and Kazakh) and a few Latin letters, as a Russian-to-English transliteration writes them. */
    private static String letter(char c) {
        return switch (c) {
            case 'а', 'ә' -> "a";
            case 'б' -> "b";
            case 'в' -> "v";
            case 'г', 'ғ', 'ğ' -> "g";
            case 'д' -> "d";
            case 'е', 'ё', 'э' -> "e";
            case 'є' -> "ye";
            case 'ж' -> "zh";
            case 'з' -> "z";
            case 'и', 'й', 'і', 'ı', 'ї' -> "i";
            case 'к', 'қ' -> "k";
            case 'л' -> "l";
            case 'м' -> "m";
            case 'н', 'ң' -> "n";
            case 'о', 'ө' -> "o";
            case 'п' -> "p";
            case 'р' -> "r";
            case 'с' -> "s";
            case 'т' -> "t";
            case 'у', 'ұ', 'ү', 'ў' -> "u";
            case 'ф' -> "f";
            case 'х' -> "kh";
            case 'һ' -> "h";
            case 'ц' -> "ts";
            case 'ч', 'ç' -> "ch";
            case 'ш', 'щ', 'ş' -> "sh";
            case 'ы' -> "y";
            case 'ъ', 'ь', '\'', '’', 'ʼ', '`', 'ʻ' -> "";
            case 'ю' -> "yu";
            case 'я' -> "ya";
            default -> null;
        };
    }
}
