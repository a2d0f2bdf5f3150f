package org.casewatch.bench;

import org.casewatch.model.Person;
import org.casewatch.model.Visibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generates fictional watchlists of any size: Kazakh-like names in Latin, each with a Cyrillic form. */
final class SyntheticWatchlist {

    private static final String[] GIVEN_MALE = {"Aidos", "Yerlan", "Nurlan", "Marat", "Serik", "Bolat", "Askar",
            "Daniyar", "Timur", "Arman", "Kairat", "Murat", "Ruslan", "Sanzhar", "Yerzhan", "Azamat", "Baurzhan",
            "Dauren", "Galym", "Kuanysh"};
    private static final String[] GIVEN_FEMALE = {"Zhanar", "Aigul", "Saule", "Dana", "Asel", "Gulnara", "Aliya",
            "Dinara", "Madina", "Roza", "Aigerim", "Kamila"};
    private static final String[] SYLLABLES = {"ab", "ai", "al", "as", "bai", "bek", "dau", "er", "zhan", "kai",
            "kul", "mur", "nur", "sar", "ser", "tal", "tem", "tok", "ual", "zhak", "kas", "bol", "dos", "makh", "sul",
            "tur", "ras", "kem", "ors", "ken", "zhet", "uan", "ysh", "sadyk", "khal", "tem", "ir", "khan"};
    private static final String[] MALE_ENDINGS = {"ov", "ev", "in", "uly", "bayev", "bekov"};
    private static final String[] FEMALE_ENDINGS = {"ova", "eva", "ina", "kyzy", "bayeva", "bekova"};

    private SyntheticWatchlist() {
    }

    static List<Person> of(int size, long seed) {
        Random random = new Random(seed);
        List<Person> persons = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            boolean female = random.nextInt(3) == 0;
            String given = female ? pick(random, GIVEN_FEMALE) : pick(random, GIVEN_MALE);
            StringBuilder root = new StringBuilder();
            for (int s = 0, n = 2 + random.nextInt(2); s < n; s++) {
                root.append(pick(random, SYLLABLES));
            }
            String surname = capitalise(root + (female ? pick(random, FEMALE_ENDINGS) : pick(random, MALE_ENDINGS)));
            String latin = given + " " + surname;
            String cyrillic = Cyrillic.of(given) + " " + Cyrillic.of(surname);
            persons.add(new Person("p" + i, latin, List.of(latin, cyrillic), List.of(), "", Visibility.PUBLIC,
                    List.of()));
        }
        return persons;
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
