package org.casewatch.bench;

/** A rough Latin-to-Cyrillic spelling for generated names; good enough to give each name a native form. */
final class Cyrillic {

    private static final String[][] PAIRS = {{"zh", "ж"}, {"kh", "х"}, {"sh", "ш"}, {"ch", "ч"}, {"ye", "е"},
            {"ya", "я"}, {"yu", "ю"}, {"a", "а"}, {"b", "б"}, {"v", "в"}, {"g", "г"}, {"d", "д"}, {"e", "е"},
            {"z", "з"}, {"i", "и"}, {"y", "ы"}, {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"},
            {"p", "п"}, {"r", "р"}, {"s", "с"}, {"t", "т"}, {"u", "у"}, {"f", "ф"}, {"h", "х"}, {"q", "қ"}};

    private Cyrillic() {
    }

    static String of(String latin) {
        StringBuilder out = new StringBuilder();
        String lower = latin.toLowerCase();
        int i = 0;
        outer:
        while (i < lower.length()) {
            for (String[] pair : PAIRS) {
                if (lower.startsWith(pair[0], i)) {
                    out.append(pair[1]);
                    i += pair[0].length();
                    continue outer;
                }
            }
            out.append(lower.charAt(i++));
        }
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }
}
