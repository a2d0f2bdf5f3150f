package org.casewatch.match;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a word of any of our scripts into a Latin "skeleton" in which the usual spellings of a name agree:
 * Cyrillic and Kazakh letters are transliterated, then dzh/dj/zh/j become j, kh becomes h, y becomes i,
 * initial ye becomes e, q becomes k, x becomes ks, apostrophes and soft signs vanish and doubled letters
 * collapse. So Dzhakishev, Djakishev, Jakishev, Джакишев and Жақышев all become {@code jakishev}. The
 * Latin spellings of other languages fold too: Polish sz, cz and w, Czech and Lithuanian š, ž, č, Turkish
 * and Turkmen ş, ç, ı, and French ou, tch and ch in a word that is French by its ou or tch (Baïmoukhanov,
 * Tchernychov).
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

    /** One pass over the Latin spelling: the folds above, then doubled letters collapsed. */
    static String fold(String latin) {
        int n = latin.length();
        StringBuilder out = new StringBuilder(n);
        // French transliteration writes у as ou and ш as ch, with ч as tch; English never writes ou in these names.
        boolean french = latin.indexOf("ou") >= 0 || latin.indexOf("tch") >= 0;
        int i = 0;
        if (latin.startsWith("ye") || latin.startsWith("je")) {
            out.append('e');
            i = 2;
        }
        while (i < n) {
            char c = latin.charAt(i);
            char next = i + 1 < n ? latin.charAt(i + 1) : 0;
            char emit = c;
            int step = 1;
            if (c == 'd' && next == 'z' && i + 2 < n && latin.charAt(i + 2) == 'h') {
                emit = 'j';
                step = 3;
            } else if (c == 'd' && next == 'j' || c == 'z' && next == 'h') {
                emit = 'j';
                step = 2;
            } else if (french && c == 't' && next == 'c' && i + 2 < n && latin.charAt(i + 2) == 'h') {
                appendPair(out, 'c', 'h');
                i += 3;
                continue;
            } else if (french && c == 'c' && next == 'h') {
                appendPair(out, 's', 'h');
                i += 2;
                continue;
            } else if (french && c == 'o' && next == 'u') {
                emit = 'u';
                step = 2;
            } else if ((c == 's' || c == 'c') && next == 'z') {
                // Polish sz and cz are ш and ч.
                appendPair(out, c == 's' ? 's' : 'c', 'h');
                i += 2;
                continue;
            } else if (c == 'x') {
                appendPair(out, 'k', 's');
                i++;
                continue;
            } else if (c == 'k' && next == 'h') {
                emit = 'h';
                step = 2;
            } else if (c == 'g' && next == 'h') {
                emit = 'g';
                step = 2;
            } else if (c == 't' && next == 's') {
                emit = 'c';
                step = 2;
            } else if (c == 'q') {
                emit = 'k';
            } else if (c == 'w') {
                emit = 'v';
            } else if (c == 'y') {
                // "Kenzhetayeva" and "Кенжетаева" (Kenzhetaeva) agree: a y between vowels is only a written glide.
                if (i > 0 && isVowel(latin.charAt(i - 1)) && isVowel(next)) {
                    i++;
                    continue;
                }
                emit = 'i';
            }
            if (out.length() == 0 || out.charAt(out.length() - 1) != emit) {
                out.append(emit);
            }
            i += step;
        }
        return out.toString();
    }

    /** Appends two letters, collapsing the first into a doubled letter before it as the main loop does. */
    private static void appendPair(StringBuilder out, char a, char b) {
        if (out.length() == 0 || out.charAt(out.length() - 1) != a) {
            out.append(a);
        }
        out.append(b);
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
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
            case 'у', 'ұ', 'ү' -> "u";
            case 'ф' -> "f";
            case 'х' -> "kh";
            case 'һ' -> "h";
            case 'ц' -> "ts";
            case 'ч', 'ç', 'č', 'ć' -> "ch";
            case 'ш', 'щ', 'ş', 'š', 'ś' -> "sh";
            case 'ž', 'ż', 'ź' -> "zh";
            case 'ł' -> "l";
            case 'ґ' -> "g";
            // Belarusian ў stands for the в (or л) of the Russian form: Сомаў is Сомов.
            case 'ў' -> "w";
            case 'ы' -> "y";
            case 'ъ', 'ь', '\'', '’', 'ʼ', '`', 'ʻ' -> "";
            case 'ю' -> "yu";
            case 'я' -> "ya";
            default -> null;
        };
    }
}
